package newswire.extraction.keys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswire.extraction.resources.ResourceLines;

/**
 * A word list on the classpath, one entry a line, {@code #} comments; entries compared as {@link FoldedText#words}
 * joined by one space. Lines {@code canonical = alias | alias} (the entity lexicons' alias files) also map each
 * alias to its canonical form.
 */
final class WordList {

    private final Set<String> entries;
    private final Map<String, List<String>> canonicals;

    private WordList(Set<String> entries, Map<String, List<String>> canonicals) {
        this.entries = Set.copyOf(entries);
        this.canonicals = Map.copyOf(canonicals);
    }

    /** The lists in {@code newswire/extraction/keys} and the entity lexicons they share. */
    static WordList load(String... paths) {
        Set<String> entries = new HashSet<>();
        Map<String, List<String>> canonicals = new HashMap<>();
        for (String path : paths) {
            for (String line : lines(path)) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    entries.add(key(line));
                    continue;
                }
                String canonical = line.substring(0, eq).strip();
                List<String> forms = new ArrayList<>(List.of(canonical));
                forms.addAll(List.of(line.substring(eq + 1).split("\\|")));
                for (String form : forms) {
                    entries.add(key(form));
                    List<String> heads = canonicals.computeIfAbsent(key(form), k -> new ArrayList<>());
                    if (!heads.contains(canonical)) {
                        heads.add(canonical);
                    }
                }
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        canonicals.forEach((alias, heads) -> frozen.put(alias, List.copyOf(heads)));
        return new WordList(entries, frozen);
    }

    boolean contains(String phrase) {
        return entries.contains(key(phrase));
    }

    /** The one canonical form listing this alias; none when the list has none or several ("Kate"). */
    Optional<String> canonicalOf(String phrase) {
        List<String> heads = canonicals.getOrDefault(key(phrase), List.of());
        return heads.size() == 1 ? Optional.of(heads.get(0)) : Optional.empty();
    }

    private static String key(String phrase) {
        return String.join(" ", FoldedText.words(phrase));
    }

    private static List<String> lines(String path) {
        return ResourceLines.read(path);
    }
}
