package newswire.extraction.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import newswire.contract.EntityType;

/** The mentions of one real-world entity, as they are gathered; its type and name are decided from them. */
final class EntityCluster {

    private final TokenView doc;
    private final List<NameSpan> mentions = new ArrayList<>();
    /** a canonical name from a lexicon or the article's own acronym definition ("United States" for "U.S.") */
    private String canonicalName;

    EntityCluster(TokenView doc, NameSpan first) {
        this.doc = doc;
        mentions.add(first);
    }

    /** Keeps mentions in reading order, so the first is the first mention. */
    void add(NameSpan mention) {
        int at = 0;
        while (at < mentions.size() && mentions.get(at).first() < mention.first()) {
            at++;
        }
        mentions.add(at, mention);
    }

    void absorb(EntityCluster other) {
        other.mentions.forEach(this::add);
        if (canonicalName == null) {
            canonicalName = other.canonicalName;
        }
    }

    void nameAs(String canonical) {
        if (canonicalName == null) {
            canonicalName = canonical;
        }
    }

    List<NameSpan> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    int firstStart() {
        return doc.token(mentions().get(0).first()).start();
    }

    /** The mention nearest before token {@code i} (or -1): ambiguous short names go to the entity last named. */
    int lastMentionBefore(int i) {
        int best = -1;
        for (NameSpan m : mentions) {
            if (m.first() < i) {
                best = Math.max(best, m.first());
            }
        }
        return best;
    }

    /**
     * True when this mention's own type is beyond doubt: the tagger was sure of it, or it is a dateline. A name the
     * article also uses with another type is the same entity with a wrong label where either label is in doubt
     * ("Lumigram" once a person, elsewhere a company) or where a rule about the name itself typed one of them
     * ("Bafana Bafana coach"); where both are sure, two entities share a name ("Jordan" the man, "Jordan" the
     * country, "NEW YORK" the dateline and the team).
     */
    boolean taggedSurely(NameSpan m) {
        return m.evidence() == Evidence.DATELINE
                || m.evidence() == Evidence.TAGGER && doc.taggerSure(m.first(), m.last());
    }

    /** True when every mention is {@link #taggedSurely}: no rule and no doubt speaks for another type. */
    boolean taggedSurely() {
        return mentions.stream().allMatch(this::taggedSurely);
    }

    /** Decisive evidence outvotes the tagger; among tagger votes MISC yields to any concrete type. */
    EntityType type() {
        Map<EntityType, Integer> decisive = new EnumMap<>(EntityType.class);
        Map<EntityType, Integer> tagged = new EnumMap<>(EntityType.class);
        for (NameSpan m : mentions()) {
            if (m.evidence().decisive) {
                decisive.merge(m.type(), 1, Integer::sum);
            } else if (m.evidence() == Evidence.TAGGER) {
                tagged.merge(m.type(), m.type() == EntityType.MISC ? 0 : 2, Integer::sum);
            }
        }
        Map<EntityType, Integer> votes = decisive.isEmpty() ? tagged : decisive;
        EntityType best = mentions.get(0).type();
        int bestVotes = votes.getOrDefault(best, -1);
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    /** The canonical name if one is known, else the fullest form the article uses. */
    String name() {
        if (canonicalName != null) {
            return canonicalName;
        }
        return longestMention();
    }

    /** The fullest form: most tokens, then written as a name rather than in capitals (a "CAIRO" dateline), then longest. */
    String longestMention() {
        NameSpan best = mentions.get(0);
        for (NameSpan m : mentions) {
            if (fuller(m, best)) {
                best = m;
            }
        }
        return text(best);
    }

    private boolean fuller(NameSpan m, NameSpan than) {
        if (m.length() != than.length()) {
            return m.length() > than.length();
        }
        boolean shouted = isShouted(text(m));
        if (shouted != isShouted(text(than))) {
            return !shouted;
        }
        return text(m).length() > text(than).length();
    }

    /** All capitals and longer than an acronym: a dateline or headline style, not how the name is spelled. */
    private static boolean isShouted(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters > 3 && text.chars().noneMatch(Character::isLowerCase);
    }

    /** Folded words of the fullest mention: "john kerry". */
    List<String> nameWords() {
        return words(longestMention());
    }

    String text(NameSpan m) {
        return doc.span(m.first(), m.last());
    }

    boolean isPerson() {
        return type() == EntityType.PERSON;
    }

    static List<String> words(String name) {
        String folded = Folding.fold(name);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
