package newswire.stories.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of the API is problem+json: ours, and the framework's own 404 for an unknown path. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder response = Response.status(e.problem().status()).type(Problem.MEDIA_TYPE)
                .entity(e.problem());
        if (e.problem().status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, 2);
        }
        return response.build();
    }

    /** The stores are rebuilding or moving (rebalance, restore) while a query reads them: retry shortly. */
    @ServerExceptionMapper
    public Response stateMoving(org.apache.kafka.streams.errors.InvalidStateStoreException e, UriInfo uri) {
        return problem(ProblemException.unavailable("The story state is not available: " + e.getMessage(),
                uri.getPath()));
    }

    @ServerExceptionMapper
    public Response notFound(jakarta.ws.rs.NotFoundException e, UriInfo uri) {
        return problem(ProblemException.notFound("No resource at this path", uri.getPath()));
    }
}
