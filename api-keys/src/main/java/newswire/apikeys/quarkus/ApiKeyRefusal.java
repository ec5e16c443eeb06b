package newswire.apikeys.quarkus;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;

/**
 * Why a credential was refused, carried as attributes of Quarkus' {@link AuthenticationFailedException} from the
 * mechanism or the identity provider to {@link AccessRefusals}, which answers with the matching problem. Holds no
 * part of the credential.
 */
public final class ApiKeyRefusal {

    private static final String REFUSAL = "newswire.refusal";
    private static final String DETAIL = "newswire.refusal.detail";

    private ApiKeyRefusal() {
    }

    public static AuthenticationFailedException of(Refusal refusal, String detail) {
        return new AuthenticationFailedException(refusal.slug(), Map.of(REFUSAL, refusal, DETAIL, detail));
    }

    /** The refusal this failure carries, or null for a failure raised elsewhere. */
    static Refusal refusal(AuthenticationFailedException failure) {
        return failure.getAttributes() == null ? null : failure.getAttribute(REFUSAL);
    }

    static String detail(AuthenticationFailedException failure) {
        return failure.getAttribute(DETAIL);
    }
}
