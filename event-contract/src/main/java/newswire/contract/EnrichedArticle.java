package newswire.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One enriched event per article on {@value Topics#ENRICHED} (key = {@link #articleId()}).
 * All offsets in entities and quotes are Java string (UTF-16) indices into {@link #body()}.
 *
 * <p>{@code ingestedBy} and {@code receivedAt} are the article's provenance, copied from the {@link Article}
 * record that the ingest service wrote: which authenticated client pushed the text, and when. They were added
 * within schema version 1 (see {@link #SCHEMA_VERSION}); events of articles ingested before they existed have
 * neither.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schemaVersion", "articleId", "title", "source", "url", "publishedAt", "language",
        "ingestedBy", "receivedAt", "body", "entities", "quotes", "extractor", "extractedAt", "processingMs"})
public record EnrichedArticle(int schemaVersion, String articleId, String title, String body, String source,
                              String url, String publishedAt, String language,
                              List<EntityRecord> entities, List<QuoteRecord> quotes,
                              ExtractorInfo extractor, String extractedAt, long processingMs,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String ingestedBy,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String receivedAt) {

    /**
     * Bumped on any incompatible change of this record's shape (a field removed, renamed, retyped or made
     * required); an added optional field keeps the version, since every subscriber must ignore fields it does not
     * know (this module's records and mapper do). Subscribers therefore never need to change for an addition.
     */
    public static final int SCHEMA_VERSION = 1;

    /** The first shape, without provenance (kept so code written against it compiles). */
    public EnrichedArticle(int schemaVersion, String articleId, String title, String body, String source,
                           String url, String publishedAt, String language,
                           List<EntityRecord> entities, List<QuoteRecord> quotes,
                           ExtractorInfo extractor, String extractedAt, long processingMs) {
        this(schemaVersion, articleId, title, body, source, url, publishedAt, language, entities, quotes,
                extractor, extractedAt, processingMs, null, null);
    }

    public static EnrichedArticle of(Article article, List<EntityRecord> entities, List<QuoteRecord> quotes,
                                     ExtractorInfo extractor, String extractedAt, long processingMs) {
        return new EnrichedArticle(SCHEMA_VERSION, article.id(), article.title(), article.body(), article.source(),
                article.url(), article.publishedAt(), article.language(), List.copyOf(entities), List.copyOf(quotes),
                extractor, extractedAt, processingMs, article.ingestedBy(), article.receivedAt());
    }
}
