package newswire.extraction.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The few Python {@code str} operations the shared scorers rely on, with Python's Unicode rules rather than Java's,
 * so that the port folds, splits and prints exactly as score.py does: which characters are white space
 * ({@code str.split()}), which are letters or digits ({@code str.isalnum()}, regex {@code \w}), and {@code %.3f}.
 */
final class PythonText {

    private PythonText() {
    }

    /** {@code str.isspace()}: Java's white space plus the no-break spaces and NEL, which Java leaves out. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** {@code str.isalnum()}: any letter or any number (decimal, letter-like as in Roman numerals, or other). */
    static boolean isAlnum(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Regex {@code \w} on a Python {@code str}: alphanumeric or underscore. */
    static boolean isWordChar(int cp) {
        return cp == '_' || isAlnum(cp);
    }

    /** Regex {@code \d} on a Python {@code str}: a decimal digit of any script. */
    static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@code str.split()} without arguments: the runs between white space, none empty. */
    static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < n && !isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                parts.add(s.substring(start, i));
            }
        }
        return parts;
    }

    static String last(List<String> words) {
        return words.get(words.size() - 1);
    }

    /**
     * Python's {@code f"{x:.3f}"}: the exact binary value rounded half to even. Java's {@code %.3f} rounds half up
     * from a shorter decimal, so 0.0625 would print differently at 3 decimals.
     */
    static String fixed(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
