package newswire.extraction.evaluation;

/** A stretch of an article body, {@code [start, end)}, in Python string indices (code points), as the scorers count. */
public record Span(int start, int end) {

    /** Where nothing was found: score.py's {@code (-1, -1)}. */
    static final Span NOWHERE = new Span(-1, -1);

    /**
     * The shared part over the longer of the two, score.py's {@code overlap}: two quotes are the same quote at
     * 0.8 and above. The longer one is at least 1 so that two empty spans do not divide by zero.
     */
    double overlap(Span other) {
        int shared = Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
        int longest = Math.max(Math.max(end - start, other.end - other.start), 1);
        return (double) shared / longest;
    }

    boolean intersects(Span other) {
        return Math.min(end, other.end) - Math.max(start, other.start) > 0;
    }
}
