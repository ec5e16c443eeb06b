package newswire.extraction.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the further mentions of names already known that the tagger left untagged: "Ban" after
 * "Ban Ki-moon", "Hale" after "Nora Hale", "Halvorsen" after "Halvorsen CEO", the "FA" of
 * "The Football Association (FA)". A person's single name
 * words count as forms of the person; an ambiguous form ("Lindqvist" with two Lindqvists) goes to the
 * entity named last before it.
 */
final class MentionPropagator {

    private final NewsLexicons lexicons;

    MentionPropagator(NewsLexicons lexicons) {
        this.lexicons = lexicons;
    }

    void propagate(TokenView doc, List<EntityCluster> clusters, DocumentAcronyms acronyms) {
        Map<List<String>, List<EntityCluster>> forms = forms(clusters);
        addDefinedAcronyms(forms, acronyms);
        int longest = forms.keySet().stream().mapToInt(List::size).max().orElse(0);
        List<NameSpan> all = new ArrayList<>();
        clusters.forEach(c -> all.addAll(c.mentions()));
        ClaimedTokens taken = new ClaimedTokens(doc, all);
        for (int i = 0; i < doc.size(); i++) {
            if (taken.isClaimed(i) || !startsName(doc, i)) {
                continue;
            }
            for (int n = Math.min(longest, doc.size() - i); n >= 1; n--) {
                int last = i + n;
                if (!doc.sameSentence(i, last - 1) || taken.anyClaimed(i, last) || !wordLike(doc, last - 1)) {
                    continue;
                }
                List<EntityCluster> owners = forms.get(EntityCluster.words(doc.span(i, last)));
                if (owners != null) {
                    EntityCluster owner = nearestBefore(owners, i);
                    NameSpan repeat = new NameSpan(i, last, owner.type(), Evidence.REPEATED);
                    owner.add(repeat);
                    taken.claim(repeat);
                    break;
                }
            }
        }
    }

    private Map<List<String>, List<EntityCluster>> forms(List<EntityCluster> clusters) {
        Map<List<String>, List<EntityCluster>> forms = new HashMap<>();
        for (EntityCluster c : clusters) {
            List<List<String>> own = new ArrayList<>();
            for (NameSpan m : c.mentions()) {
                own.add(EntityCluster.words(c.text(m)));
                if (c.isPerson() && m.length() > 1) {
                    List<String> words = EntityCluster.words(c.text(m));
                    for (int k = 1; k + 1 < words.size(); k++) {
                        own.add(words.subList(k, words.size())); // "Ten Hag" of "Erik ten Hag"
                    }
                    for (String w : words) {
                        if (w.length() > 1 && !lexicons.isTitleWord(w) && !lexicons.nonNames().contains(w)
                                && !NameSpotter.NAME_PARTICLES.contains(w)) {
                            own.add(List.of(w));
                        }
                    }
                }
            }
            for (List<String> form : own) {
                if (form.isEmpty() || form.size() == 1 && lexicons.nonNames().contains(form.get(0))) {
                    continue;
                }
                List<EntityCluster> owners = forms.computeIfAbsent(form, k -> new ArrayList<>());
                if (!owners.contains(c)) {
                    owners.add(c);
                }
            }
        }
        return forms;
    }

    /** "(FA)" after "The Football Association": the acronym is a form of the entity its long form names. */
    private static void addDefinedAcronyms(Map<List<String>, List<EntityCluster>> forms, DocumentAcronyms acronyms) {
        acronyms.definitions().forEach((acronym, longForm) -> {
            List<EntityCluster> owners = forms.get(EntityCluster.words(longForm.text()));
            if (owners != null) {
                forms.putIfAbsent(List.of(acronym), owners);
            }
        });
    }

    private static boolean wordLike(TokenView doc, int i) {
        return Character.isLetterOrDigit(doc.word(i).codePointAt(0));
    }

    /** A capitalised word, and at a sentence start only a proper noun ("Lock the door" is no name). */
    private static boolean startsName(TokenView doc, int i) {
        return doc.capitalized(i) && (!doc.sentenceInitial(i) || doc.properNoun(i));
    }

    private static EntityCluster nearestBefore(List<EntityCluster> owners, int i) {
        EntityCluster best = owners.get(0);
        int bestAt = best.lastMentionBefore(i);
        for (EntityCluster c : owners) {
            int at = c.lastMentionBefore(i);
            if (at > bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }
}
