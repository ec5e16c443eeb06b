package newswire.extraction.quotes;

/**
 * A quotation found by the scanner, before attribution.
 *
 * @param start         first character of the quoted words (marks excluded)
 * @param end           end of the quoted words, exclusive
 * @param openMark      offset of the opening mark, or -1 when the words run on from a previous paragraph
 * @param closeMark     offset of the closing mark, or -1 when the quotation runs to the end of the paragraph
 * @param paragraph     index of the paragraph (0-based, paragraphs are lines)
 * @param continuation  true when this span carries on a quotation left open at the end of the previous paragraph
 */
record QuoteSpan(int start, int end, int openMark, int closeMark, int paragraph, boolean continuation) {

    /** The quotation goes on in the next paragraph (multi-paragraph quotation). */
    boolean openEnded() {
        return closeMark < 0;
    }

    /** First character covered by the span, its marks included. */
    int outerStart() {
        return openMark >= 0 ? openMark : start;
    }

    /** End of the span, its closing mark included. */
    int outerEnd() {
        return closeMark >= 0 ? closeMark + 1 : end;
    }
}
