package newswire.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import newswire.contract.Json;
import newswire.ingest.problem.Problem;
import newswire.ingest.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose Content-Length is over {@code quarkus.http.limits.max-body-size} with a 413 problem
 * instead of Quarkus' empty 413, before a byte of the body is read (curl waits for "100 Continue" on large uploads,
 * so it gets this answer cleanly). A chunked request without Content-Length is still cut off by Quarkus itself.
 */
@ApplicationScoped
public class RequestSizeLimit {

    /** Quarkus' own check is a route of order -2; this one must run just before it. */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(BEFORE_QUARKUS_LIMIT)
                .handler(context -> refuseIfTooLarge(context, limit.asLongValue())));
    }

    private static void refuseIfTooLarge(RoutingContext context, long limit) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !isOver(length, limit)) {
            context.next();
            return;
        }
        Problem problem = ProblemType.REQUEST_TOO_LARGE.with("The request body has " + length.strip()
                + " bytes; this service reads at most " + limit + " bytes per request. Send the batch in smaller "
                + "parts.");
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json(problem))
                // the unread body cannot be skipped: close, or a client that sends it anyway would hang
                .onComplete(done -> context.request().connection().close());
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // Quarkus and Vert.x refuse a malformed Content-Length themselves
        }
    }

    private static String json(Problem problem) {
        try {
            return Json.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always writable", e);
        }
    }
}
