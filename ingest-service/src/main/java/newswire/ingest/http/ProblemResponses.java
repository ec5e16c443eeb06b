package newswire.ingest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import newswire.ingest.IngestConfig;
import newswire.ingest.problem.Problem;

/** Writes problems as {@code application/problem+json}, with {@code Retry-After} on every 503. */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    IngestConfig config;

    public Response of(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds());
        }
        return response.build();
    }
}
