package newswire.ingest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import newswire.ingest.IngestConfig;
import newswire.ingest.problem.Problem;

/**
 * Writes problems as {@code application/problem+json}, with {@code Retry-After} on every 503 and 429 (the problem's
 * own delay when it has one, e.g. a client's rate limit, else the configured one).
 */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    IngestConfig config;

    public Response of(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, problem.retryAfterSeconds());
        } else if (problem.status() == 503 || problem.status() == 429) {
            response.header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds());
        }
        return response.build();
    }
}
