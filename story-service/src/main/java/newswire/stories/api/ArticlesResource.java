package newswire.stories.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import newswire.stories.model.ArticleView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    private final StoryQueries queries;

    public ArticlesResource(StoryQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its quotations",
            description = "The article's text and each quotation's span (UTF-16 offsets into body), speaker and "
                    + "cue: what the page highlights.")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@Parameter(description = "Article id") @PathParam("id") String id) {
        return queries.article(id).orElseThrow(() -> ProblemException.notFound("No article " + id,
                "/articles/" + id));
    }
}
