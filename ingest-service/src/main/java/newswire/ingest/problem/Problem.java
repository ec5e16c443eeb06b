package newswire.ingest.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * An RFC 9457 problem detail. {@code detail} tells a human what was wrong with THEIR request; it never carries a
 * stack trace or a class name. {@code instance} is a fresh id, logged with the cause when the fault is ours.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonIgnore Long retryAfterSeconds) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, "urn:uuid:" + UUID.randomUUID(), null);
    }

    /** A problem with no more specific type than its HTTP status ({@code about:blank}, RFC 9457 section 4.2.1). */
    public static Problem generic(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, "urn:uuid:" + UUID.randomUUID(), null);
    }

    /** The same kind of problem, told another way, as a new occurrence. */
    public Problem withDetail(String newDetail) {
        return new Problem(type, title, status, newDetail, "urn:uuid:" + UUID.randomUUID(), retryAfterSeconds);
    }

    /** The same problem with its own Retry-After (e.g. the time until a client's rate limit allows it again). */
    public Problem withRetryAfter(long seconds) {
        return new Problem(type, title, status, detail, instance, seconds);
    }

    /** The slug of {@link #type()}, e.g. {@code malformed-json}, for metrics and logs. */
    @JsonIgnore
    public String slug() {
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
