package newswire.stories.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import newswire.stories.model.Story;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoriesResource {

    static final int MAX_SIZE = 100;

    private final StoryQueries queries;

    public StoriesResource(StoryQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Recent stories",
            description = "Stories ordered by their latest article's publishedAt, newest first, a page at a time. "
                    + "Each story lists its member articles, outlets, merged entities and quotes by speaker.")
    @APIResponse(responseCode = "200", description = "A page of stories")
    @APIResponse(responseCode = "400", description = "page < 0, or size outside 1..100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryPage list(@Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0")
                          int page,
                          @Parameter(description = "Stories per page, 1..100") @QueryParam("size")
                          @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("page must be >= 0 and size within 1.." + MAX_SIZE
                    + " (got page=" + page + ", size=" + size + ")", "/stories");
        }
        return queries.page(page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One story", description = "The latest version of the story, as on the stories topic.")
    @APIResponse(responseCode = "200", description = "The story")
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Story get(@Parameter(description = "Story id, e.g. st-0123456789abcdef") @PathParam("id") String id) {
        return queries.story(id).orElseThrow(() -> ProblemException.notFound("No story " + id, "/stories/" + id));
    }
}
