package newswire.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A raw article as published on the {@value Topics#ARTICLES} topic (key = {@link #id()}).
 * Only {@code body} is required from a client; ingest fills in {@code id} (see {@link ArticleIds}).
 *
 * @param publishedAt ISO-8601 timestamp as the client sent it
 * @param language    BCP 47 tag, e.g. {@code en}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(String id, String title, String body, String source, String url,
                      String publishedAt, String language) {

    /** The same article under another id. */
    public Article withId(String newId) {
        return new Article(newId, title, body, source, url, publishedAt, language);
    }

    /** The same article with another body (e.g. after HTML was stripped to text). */
    public Article withBody(String newBody) {
        return new Article(id, title, newBody, source, url, publishedAt, language);
    }
}
