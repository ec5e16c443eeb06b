package newswire.extraction.quotes;

/**
 * What a quotation-mark character does where it stands. The glyph alone does not say it: a ’ may close a
 * British quotation or be the apostrophe of "don’t", a straight " opens or closes by its neighbours, and sloppy
 * sites type “ where ” belongs. So each mark gets a family (marks of one family pair with each other) and a role
 * read from the characters on either side.
 */
final class QuoteMarks {

    enum Family { DOUBLE, SINGLE, ANGLE }

    enum Role { OPEN, CLOSE, EITHER, NONE }

    private QuoteMarks() {
    }

    static Family family(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u201F' -> Family.DOUBLE;
            case '\'', '\u2018', '\u2019', '\u201A', '\u201B' -> Family.SINGLE;
            case '\u00AB', '\u00BB' -> Family.ANGLE;
            default -> null;
        };
    }

    static boolean isMark(char c) {
        return family(c) != null;
    }

    /** The role of the mark at {@code i}; {@link Role#NONE} for apostrophes. */
    static Role role(CharSequence text, int i) {
        char c = text.charAt(i);
        char prev = i > 0 ? text.charAt(i - 1) : '\n';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        boolean openSide = opensAfter(prev);
        boolean closeSide = closesBefore(next);
        return switch (c) {
            case '"' -> openSide == closeSide ? Role.EITHER : (openSide ? Role.OPEN : Role.CLOSE);
            case '\u201C', '\u201E', '\u201F' -> !openSide && closeSide ? Role.EITHER : Role.OPEN;
            case '\u201D' -> openSide && !closeSide ? Role.EITHER : Role.CLOSE;
            case '\u00AB' -> !openSide && closeSide ? Role.CLOSE : Role.OPEN;
            case '\u00BB' -> openSide && !closeSide ? Role.OPEN : Role.CLOSE;
            case '\u2018', '\u201A', '\u201B' -> singleOpening(prev, next, text, i);
            case '\'', '\u2019' -> singleOther(c, prev, next, openSide, closeSide, text, i);
            default -> Role.NONE;
        };
    }

    /** The role of a doubled apostrophe '' starting at {@code i}, NYT's double quotation mark: by its neighbours. */
    static Role doubledRole(CharSequence text, int i) {
        char prev = i > 0 ? text.charAt(i - 1) : '\n';
        char next = i + 2 < text.length() ? text.charAt(i + 2) : '\n';
        boolean openSide = opensAfter(prev);
        boolean closeSide = closesBefore(next);
        return openSide == closeSide ? Role.EITHER : (openSide ? Role.OPEN : Role.CLOSE);
    }

    /** ‘ opens, except as a misplaced apostrophe: "rock‘n", "‘90s". */
    private static Role singleOpening(char prev, char next, CharSequence text, int i) {
        if (Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
            return Role.NONE;
        }
        if (isYearElision(text, i) || Character.isWhitespace(next)) {
            return Role.NONE;
        }
        return Role.OPEN;
    }

    /** ' and ’: apostrophe inside a word or before a year ("don’t", "’90s"), else a quote mark by context. */
    private static Role singleOther(char c, char prev, char next, boolean openSide, boolean closeSide,
                                    CharSequence text, int i) {
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return Role.NONE;
        }
        if (openSide && isYearElision(text, i)) {
            return Role.NONE;
        }
        if (!openSide && closeSide) {
            return Role.CLOSE;
        }
        if (openSide && !closeSide && c == '\'') {
            return Role.OPEN;
        }
        return Role.NONE;
    }

    /** A closing single mark after a plural s and before a word may be the possessive of "Jones’ car". */
    static boolean isWeakSingleClose(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '\u2019' || i == 0 || i + 2 >= text.length()) {
            return false;
        }
        char prev = text.charAt(i - 1);
        return (prev == 's' || prev == 'S' || prev == 'z') && text.charAt(i + 1) == ' '
                && Character.isLetterOrDigit(text.charAt(i + 2));
    }

    private static boolean isYearElision(CharSequence text, int i) {
        return i + 2 < text.length() && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                && (i + 3 >= text.length() || !Character.isDigit(text.charAt(i + 3)));
    }

    /** A mark after this character sits at the start of a quotation. */
    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || "([{<\u2014\u2013-/\u2026".indexOf(prev) >= 0 || isMark(prev);
    }

    /** A mark before this character sits at the end of a quotation. */
    private static boolean closesBefore(char next) {
        return Character.isWhitespace(next) || ".,;:!?)]}>\u2014\u2013-\u2026".indexOf(next) >= 0 || isMark(next);
    }
}
