package newswire.extraction.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import newswire.contract.EntityType;

/**
 * Groups name mentions into entities, in reading order: the same name, a listed alias ("U.S." and "United
 * States"), an acronym and its expansion ("DUP", "Democratic Unionist Party"), part of a person's name
 * ("Kerry", "Mr Okonjo" after "John Kerry", "PETER Okonjo"), the short form of an organisation or place
 * ("the Bank" after "Bank of England", "Gaza" after "Gaza Strip"), a one-letter typo of a long place name and
 * a nickname ("Jim" for James) all join the entity already named.
 */
final class EntityClusterer {

    private final NewsLexicons lexicons;
    private final Set<EntityRule> rules;

    EntityClusterer(NewsLexicons lexicons, Set<EntityRule> rules) {
        this.lexicons = lexicons;
        this.rules = rules;
    }

    List<EntityCluster> cluster(TokenView doc, List<NameSpan> spans, DocumentAcronyms acronyms) {
        List<EntityCluster> clusters = new ArrayList<>();
        for (NameSpan span : spans) {
            String text = doc.span(span.first(), span.last());
            Optional<String> canonical = canonicalName(text, span.type(), acronyms);
            Optional<EntityCluster> home = sameName(clusters, span, text, canonical)
                    .or(() -> when(EntityRule.JOIN_ACRONYMS, () -> acronymOf(clusters, text)))
                    .or(() -> when(EntityRule.JOIN_NAME_PARTS, () -> personWithWords(clusters, span, text)))
                    .or(() -> when(EntityRule.JOIN_PREFIXES, () -> sameTypePrefix(clusters, span, text)))
                    .or(() -> when(EntityRule.JOIN_TYPOS, () -> typoOf(clusters, span, text)))
                    .or(() -> when(EntityRule.JOIN_NICKNAMES, () -> nicknameOf(clusters, span, text)));
            EntityCluster cluster = home.orElseGet(() -> {
                EntityCluster created = new EntityCluster(doc, span);
                clusters.add(created);
                return created;
            });
            if (home.isPresent()) {
                cluster.add(span);
            }
            canonical.ifPresent(cluster::nameAs);
        }
        return rules.contains(EntityRule.JOIN_NAME_PARTS) ? mergeShortPersonNames(clusters) : clusters;
    }

    private Optional<EntityCluster> when(EntityRule rule, Supplier<Optional<EntityCluster>> join) {
        return rules.contains(rule) ? join.get() : Optional.empty();
    }

    private Optional<String> canonicalName(String text, EntityType type, DocumentAcronyms acronyms) {
        Optional<String> defined = acronyms.longFormOf(text);
        if (defined.isPresent()) {
            return defined;
        }
        if (type == EntityType.PERSON) {
            return Optional.empty();
        }
        return lexicons.locationAliases().canonicalOf(text).or(() -> lexicons.orgAliases().canonicalOf(text));
    }

    private Optional<EntityCluster> sameName(List<EntityCluster> clusters, NameSpan span, String text,
                                             Optional<String> canonical) {
        String folded = Folding.fold(text);
        String canonicalFolded = canonical.map(Folding::fold).orElse(null);
        for (EntityCluster c : clusters) {
            boolean joinable = sameType(c.type(), span.type())
                    || rules.contains(EntityRule.JOIN_ACROSS_TYPES) && !(c.taggedSurely() && c.taggedSurely(span));
            if (!joinable) {
                continue; // "Jordan" the man and "Jordan" the country, "NEW YORK" the dateline and the team
            }
            Set<String> names = new HashSet<>();
            names.add(Folding.fold(c.name()));
            for (NameSpan m : c.mentions()) {
                names.add(Folding.fold(c.text(m)));
            }
            if (names.contains(folded) || (canonicalFolded != null && names.contains(canonicalFolded))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** MISC is the tagger's "a name of some kind": it fits any type. */
    private static boolean sameType(EntityType a, EntityType b) {
        return a == b || a == EntityType.MISC || b == EntityType.MISC;
    }

    /** "UN" after "United Nations", or "Democratic Unionist Party" after "DUP". */
    private static Optional<EntityCluster> acronymOf(List<EntityCluster> clusters, String text) {
        String letters = text.replace(".", "");
        boolean isAcronym = DocumentAcronyms.isAcronym(text);
        String initials = DocumentAcronyms.initials(text);
        for (EntityCluster c : clusters) {
            if (c.isPerson()) {
                continue;
            }
            String name = c.longestMention();
            if (isAcronym && name.split("\\s+").length > 1 && DocumentAcronyms.initials(name).equals(letters)) {
                return Optional.of(c);
            }
            if (!isAcronym && initials.length() > 1 && DocumentAcronyms.isAcronym(name)
                    && name.replace(".", "").equals(initials)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** "Kerry" or "Tayyip Erdogan" after "John Kerry": the person last named whose name holds these words. */
    private Optional<EntityCluster> personWithWords(List<EntityCluster> clusters, NameSpan span, String text) {
        if (span.type() != EntityType.PERSON && (span.evidence().decisive || span.length() > 1)) {
            return Optional.empty();
        }
        List<String> words = EntityCluster.words(text);
        EntityCluster best = null;
        int bestRecency = -2;
        for (EntityCluster c : clusters) {
            List<String> name = c.nameWords();
            if (c.isPerson() && name.size() > words.size() && name.containsAll(words)) {
                int recency = c.lastMentionBefore(span.first());
                if (recency > bestRecency) {
                    best = c;
                    bestRecency = recency;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** "Bank" and "Bank of England", "Gaza" and "Gaza Strip": one name begins the other, same type. */
    private static Optional<EntityCluster> sameTypePrefix(List<EntityCluster> clusters, NameSpan span, String text) {
        // the tagger often calls the first word of an organisation's name a person ("Rovers" of "Rovers United")
        boolean loneWord = span.evidence() == Evidence.TAGGER && span.length() == 1 && span.type() == EntityType.PERSON;
        if (span.type() != EntityType.ORGANIZATION && span.type() != EntityType.LOCATION && !loneWord) {
            return Optional.empty();
        }
        List<String> words = EntityCluster.words(text);
        for (EntityCluster c : clusters) {
            boolean compatible = c.type() == span.type() || loneWord && c.type() == EntityType.ORGANIZATION;
            if (!compatible) {
                continue;
            }
            List<String> name = c.nameWords();
            if (!words.isEmpty() && !name.isEmpty() && (startsWith(name, words) || startsWith(words, name))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** "Abijan" after "Abidjan": one letter apart, long enough that it cannot be another place. */
    private static Optional<EntityCluster> typoOf(List<EntityCluster> clusters, NameSpan span, String text) {
        String folded = Folding.fold(text);
        if (span.length() != 1 || folded.length() < 6 || span.type() == EntityType.MISC) {
            return Optional.empty();
        }
        for (EntityCluster c : clusters) {
            String name = Folding.fold(c.longestMention());
            if (c.type() == span.type() && !name.contains(" ") && editDistanceAtMostOne(name, folded)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** "Jim" for the one James named in the article. */
    private Optional<EntityCluster> nicknameOf(List<EntityCluster> clusters, NameSpan span, String text) {
        if (span.length() != 1 || span.type() != EntityType.PERSON) {
            return Optional.empty();
        }
        Set<String> formal = new HashSet<>();
        lexicons.nicknames().headsOf(text).forEach(h -> formal.add(Folding.fold(h)));
        List<EntityCluster> matches = new ArrayList<>();
        for (EntityCluster c : clusters) {
            List<String> name = c.nameWords();
            if (c.isPerson() && name.size() > 1 && formal.contains(name.get(0))) {
                matches.add(c);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** "Dube" met before "Sara Dube": a one-word person joins the fuller name that holds it. */
    private static List<EntityCluster> mergeShortPersonNames(List<EntityCluster> clusters) {
        List<EntityCluster> result = new ArrayList<>(clusters);
        for (EntityCluster shorter : clusters) {
            if (!shorter.isPerson() || shorter.nameWords().size() != 1) {
                continue;
            }
            String word = shorter.nameWords().get(0);
            for (EntityCluster fuller : clusters) {
                if (fuller != shorter && fuller.isPerson() && fuller.nameWords().size() > 1
                        && fuller.nameWords().contains(word) && result.contains(fuller)) {
                    fuller.absorb(shorter);
                    result.remove(shorter);
                    break;
                }
            }
        }
        return result;
    }

    private static boolean startsWith(List<String> whole, List<String> prefix) {
        return whole.size() >= prefix.size() && whole.subList(0, prefix.size()).equals(prefix);
    }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return a.equals(b);
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
