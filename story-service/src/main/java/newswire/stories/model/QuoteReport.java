package newswire.stories.model;

/**
 * One outlet's report of a quotation: where it is in that article's body and the words that attribute it.
 */
public record QuoteReport(String articleId, String source, String publishedAt, long publishedMillis, int start,
                          int end, String cue, Integer cueStart, Integer cueEnd) {
}
