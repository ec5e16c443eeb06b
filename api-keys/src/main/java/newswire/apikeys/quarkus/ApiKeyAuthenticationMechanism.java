package newswire.apikeys.quarkus;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newswire.apikeys.KeyRing;
import newswire.apikeys.Roles;

/**
 * Bearer API keys as a Quarkus Security HTTP authentication mechanism: it reads {@code Authorization: Bearer <key>}
 * and hands the key to {@link ApiKeyIdentityProvider}. Which paths need which role is Quarkus' own HTTP permission
 * configuration, in each service's {@code application.properties}.
 *
 * <p>A request without an Authorization header is anonymous here; a path that needs a role then refuses it (401).
 * A key in the query string is refused outright, whatever the path: it has already leaked into logs on the way.
 */
@Startup
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** RFC 6750's b64token: what a bearer credential may consist of. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
    /** Query parameter names that clients commonly put keys and tokens in. */
    private static final Set<String> CREDENTIAL_PARAMETERS = Set.of("access_token", "api_key", "apikey", "api-key",
            "key", "token", "auth", "authorization", "bearer", "x-api-key");

    private static final String REFUSAL = "newswire.apikeys.refusal";

    /** Everyone, while authentication is switched off. */
    private static final SecurityIdentity UNAUTHENTICATED_CLIENT = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(KeyRing.ANONYMOUS)).addRoles(Roles.ALL).build();

    @Inject
    AuthConfig config;

    @Inject
    ApiKeyStore keys;

    @Inject
    AccessRefusals refusals;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!config.enabled()) {
            return Uni.createFrom().item(UNAUTHENTICATED_CLIENT);
        }
        var inUrl = credentialInUrl(context);
        if (inUrl != null) {
            return refuse(context, inUrl);
        }
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null) {
            return Uni.createFrom().nullItem(); // anonymous: paths that need a key refuse it
        }
        String key = bearerKey(authorization);
        if (key == null) {
            return refuse(context, ApiKeyRefusal.of(Refusal.MALFORMED_CREDENTIAL, "The Authorization "
                    + "header is not 'Bearer <key>' with a key of letters, digits and -._~+/ (its value is not "
                    + "repeated here, in case it holds a key). With curl: -H \"Authorization: Bearer $NEWSWIRE_API_KEY\"."));
        }
        AuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(key, "bearer"));
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context))
                .onFailure(AuthenticationFailedException.class)
                .invoke(failure -> context.put(REFUSAL, failure));
    }

    /** Remembers why, for {@link #sendChallenge}, which Quarkus calls to answer a failed authentication. */
    private static Uni<SecurityIdentity> refuse(RoutingContext context, AuthenticationFailedException refusal) {
        context.put(REFUSAL, refusal);
        return Uni.createFrom().failure(refusal);
    }

    /** The key after "Bearer " (the scheme is case-insensitive, RFC 9110), or null when the header is not that. */
    static String bearerKey(String authorization) {
        String value = authorization.strip();
        if (value.length() < 7 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        String key = value.substring(7).strip();
        return TOKEN.matcher(key).matches() ? key : null;
    }

    private io.quarkus.security.AuthenticationFailedException credentialInUrl(RoutingContext context) {
        if (context.request().query() == null) {
            return null;
        }
        KeyRing ring = keys.current();
        for (Map.Entry<String, String> parameter : context.queryParams()) {
            String name = parameter.getKey();
            boolean credentialName = CREDENTIAL_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
            if (credentialName || ring.find(parameter.getValue()).isPresent() || ring.find(name).isPresent()) {
                String where = credentialName ? "query parameter '" + name + "'" : "the query string";
                return ApiKeyRefusal.of(Refusal.CREDENTIAL_IN_URL, "A credential was sent in " + where + ". "
                        + "URLs are written to server, proxy and browser logs, so keys are taken only from the "
                        + "Authorization header: 'Authorization: Bearer <key>'. If that was a real key, treat it as "
                        + "exposed: have it rotated.");
            }
        }
        return null;
    }

    /**
     * Quarkus calls this to answer a request whose credential failed, or that needs a key and has none: the
     * challenge, with a problem body that says what was wrong and what to do (Quarkus' default body is empty).
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        AuthenticationFailedException failure = context.get(REFUSAL);
        Refusal refusal = failure == null ? null : ApiKeyRefusal.refusal(failure);
        if (refusal == null) {
            refusals.respond(context, Refusal.MISSING_CREDENTIAL, AccessRefusals.MISSING_DETAIL);
        } else {
            refusals.respond(context, refusal, ApiKeyRefusal.detail(failure));
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE,
                "Bearer realm=\"" + config.realm() + "\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
