package newswire.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A raw article as published on the {@value Topics#ARTICLES} topic (key = {@link #id()}).
 * Only {@code body} is required from a client; ingest fills in {@code id} (see {@link ArticleIds}) and the
 * provenance.
 *
 * @param publishedAt ISO-8601 timestamp as the client sent it
 * @param language    BCP 47 tag, e.g. {@code en}
 * @param ingestedBy  the name of the authenticated client that pushed the article, set by the ingest service and
 *                    never taken from the request body; {@code anonymous} when authentication is switched off;
 *                    absent on records published before provenance existed
 * @param receivedAt  ISO-8601 instant at which the ingest service received the article; set like ingestedBy
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(String id, String title, String body, String source, String url,
                      String publishedAt, String language, String ingestedBy, String receivedAt) {

    /** An article as a client sends it: no provenance yet (kept so code written against the first shape compiles). */
    public Article(String id, String title, String body, String source, String url, String publishedAt,
                   String language) {
        this(id, title, body, source, url, publishedAt, language, null, null);
    }

    /** The same article under another id. */
    public Article withId(String newId) {
        return new Article(newId, title, body, source, url, publishedAt, language, ingestedBy, receivedAt);
    }

    /** The same article with another body (e.g. after HTML was stripped to text). */
    public Article withBody(String newBody) {
        return new Article(id, title, newBody, source, url, publishedAt, language, ingestedBy, receivedAt);
    }

    /** The same article as received from an authenticated client at an instant (ISO-8601). */
    public Article withProvenance(String client, String received) {
        return new Article(id, title, body, source, url, publishedAt, language, client, received);
    }
}
