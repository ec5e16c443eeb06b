package newswire.extraction.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How score.py compares names and phrases: folded to lower-case words without punctuation, small words aside. */
final class ScoreWords {

    static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final Map<String, String> TYPE_ALIASES =
            Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION", "GPE", "LOCATION");
    static final Set<String> STOP =
            Set.of("a", "an", "the", "one", "of", "to", "in", "for", "and", "who", "its", "his", "her", "their");
    /** a speaker made only of these words says nothing about who spoke */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them", "us", "me", "who", "whom", "which", "that", "this", "his", "their", "its", "our", "my", "your",
            "one");
    /** a quote shorter than this many words is a fragment in the short-quote mode */
    static final int SHORT_WORDS = 3;

    private ScoreWords() {
    }

    /** score.py's {@code fold}: NFKC, lower case, curly apostrophes straight, punctuation to spaces, spaces single. */
    static String fold(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = t.replace('’', '\'').replace('‘', '\'');
        StringBuilder kept = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            // re.sub(r"[^\w\s]", " ", s)
            if (PythonText.isWordChar(cp) || PythonText.isSpace(cp)) {
                kept.appendCodePoint(cp);
            } else {
                kept.append(' ');
            }
        });
        return String.join(" ", PythonText.split(kept.toString()));
    }

    /** The folded words that carry meaning: {@code fold(s).split()} without {@link #STOP} words, in order. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : PythonText.split(fold(s))) {
            if (!STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** score.py's {@code nwords}: white-space tokens holding a letter or a digit. */
    static int nwords(String s) {
        int n = 0;
        for (String token : PythonText.split(s == null ? "" : s)) {
            if (token.codePoints().anyMatch(PythonText::isAlnum)) {
                n++;
            }
        }
        return n;
    }

    static boolean isPronoun(String s) {
        List<String> f = PythonText.split(fold(s));
        return !f.isEmpty() && PRONOUNS.containsAll(f);
    }

    /** Upper case, and the short tags (PER, ORG, LOC, GPE) spelled out. */
    static String normType(String type) {
        String upper = (type == null ? "" : type).toUpperCase(Locale.ROOT);
        return TYPE_ALIASES.getOrDefault(upper, upper);
    }
}
