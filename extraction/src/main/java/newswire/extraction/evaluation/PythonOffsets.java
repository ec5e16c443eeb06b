package newswire.extraction.evaluation;

/**
 * One article body seen with both index systems: Python's (one per code point), in which the gold files and the
 * scorers count, and Java's (one per UTF-16 unit), in which events give their offsets. score.py builds a table from
 * the second to the first; an event offset that falls inside a surrogate pair or outside the body is not in that
 * table, and the scorers treat it as no offset at all. The two systems differ only after a character beyond the
 * BMP (an emoji), which is exactly where a port that ignored them would drift.
 */
final class PythonOffsets {

    private final String body;
    /** Java index of each code point, plus the body's length at the end */
    private final int[] javaIndex;
    /** Python index of each Java index, -1 inside a surrogate pair; one more entry for the end */
    private final int[] pythonIndex;

    PythonOffsets(String body) {
        this.body = body;
        int codePoints = body.codePointCount(0, body.length());
        javaIndex = new int[codePoints + 1];
        pythonIndex = new int[body.length() + 1];
        java.util.Arrays.fill(pythonIndex, -1);
        int unit = 0;
        for (int i = 0; i < codePoints; i++) {
            javaIndex[i] = unit;
            pythonIndex[unit] = i;
            unit += Character.charCount(body.codePointAt(unit));
        }
        javaIndex[codePoints] = unit;
        pythonIndex[unit] = codePoints;
    }

    /** The body's length in Python: code points. */
    int length() {
        return javaIndex.length - 1;
    }

    /** Whether an event offset is a key of score.py's table: a code point boundary within the body. */
    boolean isBoundary(int javaOffset) {
        return javaOffset >= 0 && javaOffset < pythonIndex.length && pythonIndex[javaOffset] >= 0;
    }

    /** The Python index of an event offset; only for {@link #isBoundary} offsets. */
    int toPython(int javaOffset) {
        return pythonIndex[javaOffset];
    }

    /** {@code body.find(text, from)}: the Python index of the first occurrence at or after {@code from}, or -1. */
    int find(String text, int from) {
        if (from > length()) {
            return -1;
        }
        int at = body.indexOf(text, javaIndex[Math.max(0, from)]);
        return at < 0 ? -1 : pythonIndex[at];
    }

    /** The Python length of a text. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** {@code body[start:end]} for non-negative Python indices: clamped to the body, empty when end precedes start. */
    String slice(int start, int end) {
        int from = Math.min(start, length());
        int to = Math.min(end, length());
        return to <= from ? "" : body.substring(javaIndex[from], javaIndex[to]);
    }
}
