package newswire.stories.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import newswire.stories.model.ArticleView;
import newswire.stories.streams.StoryTopology;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    private final StoryQueries queries;
    private final InstanceRouter router;

    public ArticlesResource(StoryQueries queries, InstanceRouter router) {
        this.queries = queries;
        this.router = router;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its quotations",
            description = "The article's text and each quotation's span (UTF-16 offsets into body), speaker and "
                    + "cue: what the page highlights.")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Article id") @PathParam("id") String id,
                        @Parameter(hidden = true) @HeaderParam(InstanceRouter.LOCAL_HEADER) boolean local,
                        @Context UriInfo uri) {
        return Routed.byKey(router, StoryTopology.ARTICLE_VIEWS, id, local, uri, () -> queries.article(id)
                .orElseThrow(() -> ProblemException.notFound("No article " + id, "/articles/" + id)));
    }
}
