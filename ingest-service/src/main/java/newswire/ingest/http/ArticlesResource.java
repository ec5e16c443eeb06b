package newswire.ingest.http;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import newswire.ingest.ArticleIngestion;
import newswire.ingest.BatchResult;
import newswire.ingest.IngestConfig;
import newswire.ingest.ItemResult;
import newswire.ingest.Provenance;
import newswire.ingest.article.ArticleRequest;
import newswire.ingest.article.BodyFormat;
import newswire.ingest.problem.Problem;
import newswire.ingest.problem.ProblemType;
import newswire.ingest.throttle.ClientThrottle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /articles}: one article, a JSON array of them, or NDJSON, published to the articles topic. */
@Path("/articles")
@Tag(name = "articles", description = "Send articles to be enriched")
public class ArticlesResource {

    private static final String PROBLEM_SCHEMA = "RFC 9457 problem: type, title, status, detail, instance";

    @Inject
    ArticleIngestion ingestion;

    @Inject
    ProblemResponses problems;

    @Inject
    IngestConfig config;

    /** The authenticated client (Quarkus Security, see the api-keys module); {@code anonymous} when auth is off. */
    @Inject
    SecurityIdentity identity;

    @Inject
    ClientThrottle throttle;

    @POST
    @Consumes(MediaType.WILDCARD) // the media type is checked here, so that a wrong one gets a useful problem
    @Blocking // handing records to the producer may block up to max.block.ms: never on the event loop
    @Operation(summary = "Publish one article or a batch of articles",
            description = """
                    One article: a JSON object with `Content-Type: application/json`. Only `body` is required; \
                    `id`, `title`, `source`, `url`, `publishedAt` (ISO-8601) and `language` (BCP 47) are optional. \
                    Without `id`, one is derived from `url`, else from the body's content, so the same article sent \
                    twice gets the same id and Kafka key. The answer, **202 Accepted** with `id`, `topic`, \
                    `partition` and `offset`, comes only once the Kafka broker has acknowledged the record \
                    (acks=all, idempotent producer).

                    A batch: a JSON array of article objects, or NDJSON (`Content-Type: application/x-ndjson`, one \
                    article per line, blank lines ignored; e.g. `curl --data-binary @articles.ndjson`). The answer \
                    is **200 OK** with `accepted`, `rejected` and `results`, one per article in order, each with its \
                    `index` (and NDJSON `line`) and `status`: 202 with `id`/`topic`/`partition`/`offset`, or an \
                    error status with a `problem`. **Valid articles are published even when others in the same \
                    batch are invalid**; once the broker is found unavailable, the rest of the batch is answered \
                    503 without being sent.

                    Cleaning before publishing: C0 control characters other than tab, newline and carriage return \
                    are removed (not refused) from every field; a body that looks like HTML is converted to plain \
                    text with one newline per paragraph, heading, list item or line break. Character offsets \
                    computed downstream refer to the published text.

                    **Authentication**: `Authorization: Bearer <key>` with a key whose client may write. Every \
                    article is recorded with provenance set by the service, never from the body: `ingestedBy` (the \
                    key's client) and `receivedAt` (when the request arrived). Each client has its own rate limit \
                    of requests and articles per second.

                    Errors are `application/problem+json` (RFC 9457): 401 with `WWW-Authenticate` for a missing, \
                    malformed, unknown or revoked key; 403 for a key that may not write; 400 for a key sent in the \
                    query string; 429 with `Retry-After` when the client is over its rate limit; 400 malformed \
                    JSON, invalid UTF-8, missing or blank body, a non-string field; 413 a body over `newswire.ingest.max-body-chars` characters or \
                    a request over `quarkus.http.limits.max-body-size`; 415 another content type; 503 with \
                    `Retry-After` when the broker does not acknowledge within a few seconds or too many articles \
                    are in flight.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "one article", value = """
                            {"title": "Council approves budget", "body": "The city council approved the budget on \
                            Monday. \\"It is a good day,\\" said Mayor Jane Doe.", "source": "Example Times", \
                            "url": "https://example.com/news/budget", "publishedAt": "2025-01-06T09:30:00Z", \
                            "language": "en"}"""),
                    @ExampleObject(name = "a batch", value = """
                            [{"body": "First article."}, {"body": "Second article.", "id": "a-2"}]""")}),
            @Content(mediaType = BodyFormat.NDJSON_MEDIA_TYPE, examples = @ExampleObject(name = "a batch", value = """
                    {"body": "First article."}
                    {"body": "Second article.", "id": "a-2"}"""))})
    @APIResponse(responseCode = "202", description = "The article is stored on the topic",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Acknowledged.class)))
    @APIResponse(responseCode = "200", description = "A batch was processed: see each article's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid UTF-8 or an invalid article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class,
                    description = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "401", description = "No key, or a malformed, unknown or revoked key",
            headers = @Header(name = HttpHeaders.WWW_AUTHENTICATE, description = "Bearer challenge (RFC 6750)",
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A valid key whose client may not publish (e.g. read-only)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The client is over its rate limit: send again after "
            + "Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds to wait",
                    schema = @Schema(implementation = Integer.class)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body or the request is too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/json or application/x-ndjson in UTF-8",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The broker did not acknowledge in time, or too many "
            + "articles are in flight: send again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds to wait",
                    schema = @Schema(implementation = Integer.class)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> publish(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        Provenance provenance = new Provenance(identity.getPrincipal().getName(), Instant.now());
        Problem throttled = throttle.admitRequest(provenance.client());
        if (throttled != null) {
            return refused(throttled);
        }
        Optional<BodyFormat> format = BodyFormat.of(contentType);
        if (format.isEmpty()) {
            return refused(unsupported(contentType));
        }
        ArticleRequest request = ArticleRequest.parse(body == null ? new byte[0] : body, format.get());
        if (request.problem() != null) {
            return refused(request.problem());
        }
        throttled = throttle.admitArticles(provenance.client(), request.items().size());
        if (throttled != null) {
            return refused(throttled);
        }
        if (request.batch()) {
            return ingestion.ingestBatch(request.items(), provenance).thenApply(this::batchResponse);
        }
        return ingestion.ingestOne(request.items().get(0), provenance).thenApply(this::singleResponse);
    }

    private CompletionStage<Response> refused(Problem problem) {
        ingestion.countRefused(problem);
        return CompletableFuture.completedFuture(problems.of(problem));
    }

    private Response singleResponse(ItemResult result) {
        if (!result.isAccepted()) {
            return problems.of(result.problem());
        }
        return Response.accepted(new Acknowledged(result.id(), result.topic(), result.partition(), result.offset()))
                .type(MediaType.APPLICATION_JSON).build();
    }

    private Response batchResponse(BatchResult result) {
        Response.ResponseBuilder response = Response.ok(result).type(MediaType.APPLICATION_JSON);
        if (result.worthRetrying()) {
            response.header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds());
        }
        return response.build();
    }

    private static Problem unsupported(String contentType) {
        String sent = contentType == null || contentType.isBlank() ? "no Content-Type" : "Content-Type " + contentType;
        return ProblemType.UNSUPPORTED_MEDIA_TYPE.with("The request has " + sent + ". Send one article or a JSON "
                + "array as Content-Type: application/json, or NDJSON as Content-Type: application/x-ndjson, "
                + "in UTF-8 (with curl: -H 'Content-Type: application/x-ndjson' --data-binary @file.ndjson).");
    }

    /** The answer to one stored article. */
    public record Acknowledged(String id, String topic, int partition, long offset) {
    }
}
