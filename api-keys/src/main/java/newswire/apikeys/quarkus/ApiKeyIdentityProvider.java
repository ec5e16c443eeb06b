package newswire.apikeys.quarkus;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import newswire.apikeys.ClientKey;
import org.jboss.logging.Logger;

/**
 * A presented key becomes the identity of its client: the client's name as principal, the key's roles as roles.
 * The identity keeps no credential, so the key goes no further than this method.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    @Inject
    ApiKeyStore keys;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // hashing and comparing take microseconds: no need to leave the event loop
        Optional<ClientKey> found = keys.current().find(request.getToken().getToken());
        if (found.isEmpty()) {
            return Uni.createFrom().failure(ApiKeyRefusal.of(Refusal.INVALID_KEY, "The API key is not one this "
                    + "service accepts. Check that the whole key was sent (a generated key is 'nw_' and 43 more "
                    + "characters); a key that was rotated out no longer works: use the client's current key."));
        }
        ClientKey key = found.get();
        if (key.revoked()) {
            LOG.infof("A revoked key of client '%s' was used", key.client());
            return Uni.createFrom().failure(ApiKeyRefusal.of(Refusal.REVOKED_KEY, "This API key of client '"
                    + key.client() + "' was revoked and will not work again. Use the client's current key, or ask "
                    + "the operator for a new one."));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.client()))
                .addRoles(key.roles())
                .build());
    }
}
