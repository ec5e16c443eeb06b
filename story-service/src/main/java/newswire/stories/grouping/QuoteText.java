package newswire.stories.grouping;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When two outlets report the same quotation: outlets differ in punctuation, typographic quotes, case, and one
 * may quote only part of a sentence the other gives whole.
 */
public final class QuoteText {

    /** Below this many words a containment match is too weak ("yes", "a great day"). */
    private static final int MIN_CONTAINED_WORDS = 4;

    private QuoteText() {
    }

    /** Lower case, accents and punctuation removed, single spaces. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** True when the normalised texts are equal, one contains the other, or they share most of their words. */
    public static boolean sameQuotation(String normalisedA, String normalisedB) {
        if (normalisedA.isEmpty() || normalisedB.isEmpty()) {
            return false;
        }
        if (normalisedA.equals(normalisedB)) {
            return true;
        }
        List<String> a = Arrays.asList(normalisedA.split(" "));
        List<String> b = Arrays.asList(normalisedB.split(" "));
        List<String> shorter = a.size() <= b.size() ? a : b;
        String longerText = shorter == a ? normalisedB : normalisedA;
        if (shorter.size() >= MIN_CONTAINED_WORDS && (" " + longerText + " ").contains(" " + String.join(" ", shorter) + " ")) {
            return true;
        }
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        Set<String> both = new HashSet<>(sa);
        both.retainAll(sb);
        Set<String> either = new HashSet<>(sa);
        either.addAll(sb);
        return shorter.size() >= MIN_CONTAINED_WORDS && both.size() >= 0.8 * either.size();
    }
}
