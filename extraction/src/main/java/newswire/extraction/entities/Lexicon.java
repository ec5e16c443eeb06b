package newswire.extraction.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswire.extraction.resources.ResourceLines;

/**
 * A small word list from {@code src/main/resources/newswire/extraction/entities}: phrases compared after
 * {@link Folding#fold}. Lines {@code canonical = alias | alias} also map every alias to its canonical form.
 */
final class Lexicon {

    private final Set<String> phrases;
    /** folded alias to the canonical heads that list it, in file order ("Kate" belongs to two names) */
    private final Map<String, List<String>> headsByAlias;
    private final int longestPhraseWords;

    private Lexicon(Set<String> phrases, Map<String, List<String>> headsByAlias) {
        this.phrases = Set.copyOf(phrases);
        this.headsByAlias = Map.copyOf(headsByAlias);
        this.longestPhraseWords = phrases.stream().mapToInt(p -> p.split(" ").length).max().orElse(0);
    }

    static Lexicon load(String name) {
        Set<String> phrases = new HashSet<>();
        Map<String, Set<String>> heads = new HashMap<>();
        for (String line : lines(name)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                phrases.add(Folding.fold(line));
                continue;
            }
            String head = line.substring(0, eq).strip();
            List<String> forms = new ArrayList<>(List.of(head));
            for (String alias : line.substring(eq + 1).split("\\|")) {
                forms.add(alias.strip());
            }
            for (String form : forms) {
                phrases.add(Folding.fold(form));
                heads.computeIfAbsent(Folding.fold(form), k -> new LinkedHashSet<>()).add(head);
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        heads.forEach((alias, hs) -> frozen.put(alias, List.copyOf(hs)));
        return new Lexicon(phrases, frozen);
    }

    boolean contains(String phrase) {
        return phrases.contains(Folding.fold(phrase));
    }

    /** Number of words of the longest phrase: how far a phrase lookup over tokens needs to reach. */
    int longestPhraseWords() {
        return longestPhraseWords;
    }

    /** The canonical form of a listed alias ("U.S." to "United States"), if this lexicon has alias lines. */
    Optional<String> canonicalOf(String phrase) {
        List<String> heads = headsByAlias.get(Folding.fold(phrase));
        return heads == null ? Optional.empty() : Optional.of(heads.get(0));
    }

    /** Every canonical form that lists {@code alias} ("Kate" to Katherine and Catherine). */
    List<String> headsOf(String alias) {
        return headsByAlias.getOrDefault(Folding.fold(alias), List.of());
    }

    private static List<String> lines(String name) {
        return ResourceLines.read("/newswire/extraction/entities/" + name);
    }
}
