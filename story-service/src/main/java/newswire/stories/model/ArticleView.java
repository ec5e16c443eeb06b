package newswire.stories.model;

import java.util.List;

/** An article's text with its quotation spans, for the page's article view ({@code GET /articles/{id}}). */
public record ArticleView(String articleId, String title, String source, String url, String publishedAt,
                          String body, List<QuoteSpan> quotes) {

    /** A quotation in the body: {@code body.substring(start, end)}, its speaker and its cue. */
    public record QuoteSpan(int start, int end, String speakerKey, String speaker, String cue, Integer cueStart,
                            Integer cueEnd) {
    }
}
