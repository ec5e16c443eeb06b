package newswire.extraction.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way names are compared: case, accents and punctuation folded away, so "U.S." meets "US",
 * "Côte d’Ivoire" meets "Cote d'Ivoire" and "GREEN BAY" meets "Green Bay".
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        // apostrophes join ("d'Ivoire" -> "divoire") so that "’" and "'" never differ; other marks separate words
        plain = plain.replace("'", "").replace("’", "").replace(".", "");
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }
}
