package newswire.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One enriched event per article on {@value Topics#ENRICHED} (key = {@link #articleId()}).
 * All offsets in entities and quotes are Java string (UTF-16) indices into {@link #body()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schemaVersion", "articleId", "title", "source", "url", "publishedAt", "language",
        "body", "entities", "quotes", "extractor", "extractedAt", "processingMs"})
public record EnrichedArticle(int schemaVersion, String articleId, String title, String body, String source,
                              String url, String publishedAt, String language,
                              List<EntityRecord> entities, List<QuoteRecord> quotes,
                              ExtractorInfo extractor, String extractedAt, long processingMs) {

    /** Bumped on any incompatible change of this record's shape; additions keep the version. */
    public static final int SCHEMA_VERSION = 1;

    public static EnrichedArticle of(Article article, List<EntityRecord> entities, List<QuoteRecord> quotes,
                                     ExtractorInfo extractor, String extractedAt, long processingMs) {
        return new EnrichedArticle(SCHEMA_VERSION, article.id(), article.title(), article.body(), article.source(),
                article.url(), article.publishedAt(), article.language(), List.copyOf(entities), List.copyOf(quotes),
                extractor, extractedAt, processingMs);
    }
}
