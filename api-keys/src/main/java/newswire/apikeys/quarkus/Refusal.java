package newswire.apikeys.quarkus;

import java.util.Locale;

/**
 * Every way a request can be refused for its credential, as RFC 9457 problem types. The ingest service also serves
 * their descriptions at {@code GET /problems/{slug}}.
 */
public enum Refusal {

    MISSING_CREDENTIAL(401, "API key required", "invalid_request",
            "This request needs an API key in the Authorization header: 'Authorization: Bearer <key>'."),
    MALFORMED_CREDENTIAL(401, "Malformed credential", "invalid_request",
            "The Authorization header is not 'Bearer <key>': the scheme is not Bearer, the key is missing, or it "
                    + "holds characters that no key has."),
    INVALID_KEY(401, "Unknown API key", "invalid_token",
            "The API key is not one this service accepts: mistyped, cut short, or rotated out. Use the client's "
                    + "current key."),
    REVOKED_KEY(401, "Revoked API key", "invalid_token",
            "The API key was revoked and will not work again. Use the client's current key or ask the operator for "
                    + "a new one."),
    CREDENTIAL_IN_URL(400, "Credential in the URL", "invalid_request",
            "A key was sent in the query string. URLs are written to server, proxy and browser logs, so keys are "
                    + "taken only from the Authorization header. Treat the key as exposed and have it rotated."),
    NOT_ALLOWED(403, "Not allowed for this key", "insufficient_scope",
            "The key is valid but its client may not do this (for example a read-only key publishing articles). "
                    + "Ask the operator for a key with the needed role.");

    private final int status;
    private final String title;
    private final String bearerError;
    private final String description;

    Refusal(int status, String title, String bearerError, String description) {
        this.status = status;
        this.title = title;
        this.bearerError = bearerError;
        this.description = description;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The RFC 6750 error code for {@code WWW-Authenticate}. */
    public String bearerError() {
        return bearerError;
    }

    public String description() {
        return description;
    }

    /** e.g. {@code missing-credential} */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
