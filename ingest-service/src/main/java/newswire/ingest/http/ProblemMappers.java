package newswire.ingest.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import newswire.ingest.problem.Problem;
import newswire.ingest.problem.ProblemType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Whatever goes wrong in the REST layer is answered as a problem, without the exception's class or stack. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemResponses problems;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problems.of(ProblemType.NOT_FOUND.with("Nothing here: articles are sent with POST /articles."));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return problems.of(ProblemType.METHOD_NOT_ALLOWED.with("This address does not take that method; "
                + "articles are sent with POST /articles."));
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e) {
        return problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE.with("Send Content-Type: application/json or "
                + "application/x-ndjson."));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return problems.of(ProblemType.NOT_ACCEPTABLE.with("This service answers in application/json or "
                + "application/problem+json."));
    }

    @ServerExceptionMapper
    public Response otherWebError(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 413) {
            return problems.of(ProblemType.REQUEST_TOO_LARGE.with("The request body is larger than this service "
                    + "reads. Send the batch in smaller parts."));
        }
        if (status < 500) {
            Response.StatusType reason = Response.Status.fromStatusCode(status);
            return problems.of(Problem.generic(status, reason == null ? "Client error" : reason.getReasonPhrase(),
                    "The request was refused (HTTP " + status + ")."));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Problem problem = ProblemType.INTERNAL_ERROR.with("Something went wrong on our side. The operator can find "
                + "it in the service log under this problem's instance id.");
        LOG.errorf(e, "unexpected error (%s)", problem.instance());
        return problems.of(problem);
    }
}
