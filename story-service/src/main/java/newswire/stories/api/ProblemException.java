package newswire.stories.api;

import jakarta.ws.rs.core.Response;

/** Thrown by resources and the queries; turned into problem+json by {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, String instance) {
        return new ProblemException(new Problem("about:blank", "Not Found", 404, what, instance));
    }

    public static ProblemException badRequest(String detail, String instance) {
        return new ProblemException(new Problem("about:blank", "Bad Request", 400, detail, instance));
    }

    /** The state is moving between instances (rebalance) or still restoring: retry shortly. */
    public static ProblemException unavailable(String detail, String instance) {
        return new ProblemException(new Problem("about:blank", "Service Unavailable",
                Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), detail, instance));
    }
}
