package newswire.ingest.problem;

/**
 * Every kind of problem the service answers with. The {@link #uri()} is served by
 * {@code GET /problems/{slug}}, so a client that meets an unknown problem can read what it means.
 */
public enum ProblemType {

    MALFORMED_JSON(400, "Malformed JSON",
            "The request body is not valid JSON (or, for NDJSON, a line is not). Fix the syntax and send it again."),
    INVALID_ENCODING(400, "Request body is not UTF-8",
            "JSON must be sent as UTF-8. Re-encode the text as UTF-8 and send it again."),
    INVALID_ARTICLE(400, "Invalid article",
            "The JSON is well-formed but is not a usable article: 'body' is missing or blank, a field is not a string, "
                    + "or a text holds an unpaired UTF-16 surrogate. C0 control characters other than tab, newline and "
                    + "carriage return are removed, not refused; HTML in the body is converted to text."),
    NO_ARTICLE(400, "No article in the request",
            "The request holds no article: send one JSON object, a JSON array of objects, or NDJSON lines."),
    BODY_TOO_LARGE(413, "Article body too large",
            "The article's body has more characters than this service accepts (newswire.ingest.max-body-chars). "
                    + "Split the article or ask the operator to raise the limit."),
    REQUEST_TOO_LARGE(413, "Request too large",
            "The whole request is larger than this service reads (quarkus.http.limits.max-body-size). "
                    + "Send the batch in smaller parts."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type",
            "Send Content-Type: application/json (one article or an array of them) or application/x-ndjson "
                    + "(one article per line), in UTF-8."),
    BROKER_UNAVAILABLE(503, "Kafka broker unavailable",
            "The article was not stored because the Kafka broker did not acknowledge it in time. Nothing was "
                    + "published; send it again after the Retry-After delay. Re-sending is safe: the same article "
                    + "keeps the same id."),
    OVERLOADED(503, "Too many articles in flight",
            "The service is already waiting for the broker to acknowledge as many articles as it allows. "
                    + "Send it again after the Retry-After delay."),
    PUBLISH_FAILED(500, "Publishing failed",
            "The broker refused the article for a reason other than availability. The operator has the details "
                    + "in the service log under the problem's instance id."),
    TOO_MANY_REQUESTS(429, "Too many requests",
            "The client sent more requests or articles per second than its allowance "
                    + "(newswire.ingest.throttle.*). Nothing of the refused request was published; send it again after "
                    + "the Retry-After delay. Each client has its own allowance: other clients are not affected."),
    NOT_FOUND(404, "Not found", "There is nothing at this address."),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "This address does not take that HTTP method."),
    NOT_ACCEPTABLE(406, "Not acceptable", "This service answers in application/json or application/problem+json."),
    INTERNAL_ERROR(500, "Internal error",
            "Something unexpected went wrong. The operator has the details in the service log under the problem's "
                    + "instance id.");

    private final int status;
    private final String title;
    private final String description;

    ProblemType(int status, String title, String description) {
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** e.g. {@code malformed-json} */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A URI reference relative to the service, resolvable with {@code GET}. */
    public String uri() {
        return "/problems/" + slug();
    }

    /** A concrete occurrence of this problem. */
    public Problem with(String detail) {
        return Problem.of(this, detail);
    }
}
