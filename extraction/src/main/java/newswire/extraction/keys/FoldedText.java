package newswire.extraction.keys;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a name is spelled, with what outlets spell differently folded away: accents ("Erdoğan"), case ("JOHN
 * KERRY"), full stops ("U.N.", "J."), apostrophes ("Sana'a", "d’Ivoire") and "&" ("AT&T" keeps its letters).
 */
final class FoldedText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** a possessive ending, "Sisi's government": not part of the name */
    private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]?(?=\\s|$)");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´.]");
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Z0-9]+");

    private FoldedText() {
    }

    /** Upper case ASCII letters and digits, other characters kept as written: "Côte d’Ivoire" to "COTE DIVOIRE". */
    static String plain(String s) {
        String decomposed = Normalizer.normalize(POSSESSIVE.matcher(s).replaceAll(""), Normalizer.Form.NFKD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        // letters that NFKD does not decompose
        unmarked = unmarked.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
                .replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("Æ", "AE")
                .replace("œ", "oe").replace("Œ", "OE").replace("ı", "i");
        return APOSTROPHES.matcher(unmarked).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The words of a name, folded: "the U.N." to [THE, UN], "AT&T Inc." to [AT, AND, T, INC]. */
    static List<String> words(String s) {
        String spaced = NOT_WORD.matcher(plain(s).replace("&", " AND ")).replaceAll(" ").strip();
        return spaced.isEmpty() ? List.of() : List.of(spaced.split(" "));
    }

    /** The hyphen-separated parts of one written word: "el-Sissi" to [EL, SISSI]. */
    static List<String> parts(String word) {
        List<String> parts = new ArrayList<>();
        for (String part : word.split("[-‐‑–]")) {
            String folded = NOT_WORD.matcher(plain(part)).replaceAll("");
            if (!folded.isEmpty()) {
                parts.add(folded);
            }
        }
        return parts;
    }
}
