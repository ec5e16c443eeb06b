package newswire.ingest.kafka;

import newswire.ingest.problem.Problem;

/** An article the broker did not acknowledge, with the problem to answer the client with. */
public final class PublishFailure extends RuntimeException {

    private final transient Problem problem;

    public PublishFailure(Problem problem, Throwable cause) {
        super(problem.detail(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
