package newswire.contract;

/**
 * One direct quotation: a contiguous span between quote marks (marks excluded).
 *
 * @param confidence in [0,1]: how sure the extractor is of the speaker
 */
public record QuoteRecord(String id, String text, int start, int end, QuoteType type, Speaker speaker, Cue cue,
                          double confidence) {
}
