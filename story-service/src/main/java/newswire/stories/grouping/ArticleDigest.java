package newswire.stories.grouping;

import java.util.List;
import java.util.Map;

/**
 * What the grouping and the story need of one enriched article: small enough to keep many in state (no body).
 *
 * @param publishedMillis publishedAt as epoch millis (the event's own time; falls back to extraction time)
 * @param entities        every entity with its cross-article key
 * @param terms           compact, L2-normalised term vector of title and body
 * @param quotes          the article's quotations with speaker key and cue
 */
public record ArticleDigest(String articleId, String source, String url, String title, String publishedAt,
                            long publishedMillis, List<DigestEntity> entities, Map<String, Double> terms,
                            List<DigestQuote> quotes) {

    /**
     * An entity of the article.
     *
     * @param variants the entity's name and the distinct names its mentions use in this article
     */
    public record DigestEntity(String key, String name, String type, int count, double salience,
                               List<String> variants) {
    }

    /**
     * A quotation of the article. Offsets are into the article body.
     *
     * @param speakerKey the speaker's entity key, or null when the speaker is a description or unknown
     */
    public record DigestQuote(String quoteId, String text, int start, int end, String speakerKey,
                              String speakerName, String cue, Integer cueStart, Integer cueEnd) {
    }
}
