package newswire.apikeys.quarkus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Answers every refusal for a credential as an RFC 9457 problem with a {@code detail} that says what to do, and a
 * {@code WWW-Authenticate} challenge as RFC 6750 describes: 401 for a missing, malformed, unknown or revoked key,
 * 400 for a key in the URL, 403 for a valid key without the role. Quarkus' own answer would be an empty body.
 *
 * <p>Nothing of the credential reaches the answer, the log or the metrics: the refusals are built from what was
 * wrong, never from what was sent.
 */
@ApplicationScoped
public class AccessRefusals {

    private static final Logger LOG = Logger.getLogger(AccessRefusals.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String MISSING_DETAIL = "This request needs an API key in the Authorization header: "
            + "'Authorization: Bearer <key>' (with curl: -H \"Authorization: Bearer $NEWSWIRE_API_KEY\"). Ask the "
            + "operator for a key for your client; locally, bin/stack prints one and keeps it in run/api-key.";

    @Inject
    AuthConfig config;

    @Inject
    Instance<MeterRegistry> registry;

    /** RFC 9457 problem details. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String type, String title, int status, String detail, String instance) {
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        while (failure != null && !isSecurity(failure) && failure.getCause() != null && failure.getCause() != failure) {
            failure = failure.getCause();
        }
        if (failure == null || !isSecurity(failure) || context.response().headWritten()) {
            context.next();
            return;
        }
        Refusal refusal;
        String detail;
        if (failure instanceof AuthenticationFailedException known && ApiKeyRefusal.refusal(known) != null) {
            refusal = ApiKeyRefusal.refusal(known);
            detail = ApiKeyRefusal.detail(known);
        } else if (failure instanceof ForbiddenException && !isAnonymous(context)) {
            refusal = Refusal.NOT_ALLOWED;
            detail = notAllowed(context);
        } else if (failure instanceof AuthenticationFailedException) {
            refusal = Refusal.INVALID_KEY;
            detail = "The credential was not accepted. Send 'Authorization: Bearer <key>' with the client's current key.";
        } else {
            refusal = Refusal.MISSING_CREDENTIAL;
            detail = MISSING_DETAIL;
        }
        respond(context, refusal, detail);
    }

    private static boolean isSecurity(Throwable failure) {
        return failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException;
    }

    private static boolean isAnonymous(RoutingContext context) {
        SecurityIdentity identity = identity(context);
        return identity == null || identity.isAnonymous();
    }

    private static SecurityIdentity identity(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    private static String notAllowed(RoutingContext context) {
        SecurityIdentity identity = identity(context);
        String roles = identity == null || identity.getRoles().isEmpty() ? "none"
                : String.join(", ", new TreeSet<>(identity.getRoles()));
        String client = identity == null ? "this client" : "client '" + identity.getPrincipal().getName() + "'";
        String needed = "POST".equals(context.request().method().name())
                ? "Publishing needs a key with the 'write' role" : "This needs a key with another role";
        return "The key of " + client + " is valid but may not do this. " + needed + "; this key has: " + roles
                + ". Ask the operator for a key with that role.";
    }

    void respond(RoutingContext context, Refusal refusal, String detail) {
        if (context.response().headWritten()) {
            return; // answered already (Quarkus may both fail the request and ask for a challenge)
        }
        Problem problem = new Problem("/problems/" + refusal.slug(), refusal.title(), refusal.status(), detail,
                "urn:uuid:" + UUID.randomUUID());
        String challenge = "Bearer realm=\"" + config.realm() + "\"";
        if (refusal != Refusal.MISSING_CREDENTIAL) { // RFC 6750 3.1: no error code when no credential was sent
            challenge += ", error=\"" + refusal.bearerError() + "\"";
        }
        LOG.debugf("%s %s refused: %s (%s)", context.request().method(), context.request().path(), refusal.slug(),
                problem.instance());
        count(refusal);
        context.response().setStatusCode(refusal.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaderNames.WWW_AUTHENTICATE, challenge)
                .end(json(problem));
    }

    private void count(Refusal refusal) {
        if (registry.isResolvable()) {
            Counter.builder("newswire.auth.refused").description("Requests refused for their credential, by reason")
                    .tag("reason", refusal.slug()).register(registry.get()).increment();
        }
    }

    private static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always writable", e);
        }
    }
}
