package newswire.stories.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import newswire.contract.Json;
import newswire.stories.model.Story;
import newswire.stories.streams.StoryTopology;
import org.apache.kafka.streams.state.HostInfo;
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
    private final InstanceRouter router;

    public StoriesResource(StoryQueries queries, InstanceRouter router) {
        this.queries = queries;
        this.router = router;
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
                          @DefaultValue("20") int size,
                          @Parameter(hidden = true) @HeaderParam(InstanceRouter.LOCAL_HEADER) boolean local) {
        if (local) {
            return queries.page(page, size); // another instance gathers the first stories of every instance
        }
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("page must be >= 0 and size within 1.." + MAX_SIZE
                    + " (got page=" + page + ", size=" + size + ")", "/stories");
        }
        return gathered(page, size);
    }

    /** The page over every instance: each gives its first (page + 1) * size stories, merged here. */
    private StoryPage gathered(int page, int size) {
        int wanted = (page + 1) * size;
        StoryPage own = queries.page(0, wanted);
        List<Story> all = new ArrayList<>(own.items());
        int total = own.total();
        for (HostInfo host : router.others()) {
            HttpResponse<String> answer = router.get(host, "/stories?page=0&size=" + wanted);
            if (answer.statusCode() != 200) {
                throw ProblemException.unavailable("Instance " + host + " answered " + answer.statusCode(), null);
            }
            try {
                StoryPage theirs = Json.mapper().readValue(answer.body(), StoryPage.class);
                all.addAll(theirs.items());
                total += theirs.total();
            } catch (IOException e) {
                throw ProblemException.unavailable("Instance " + host + " answered an unreadable page", null);
            }
        }
        all.sort(StoryQueries.RECENT_FIRST);
        int from = Math.min(page * size, all.size());
        return new StoryPage(page, size, total, List.copyOf(all.subList(from, Math.min(from + size, all.size()))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One story", description = "The latest version of the story, as on the stories topic.")
    @APIResponse(responseCode = "200", description = "The story",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Story.class)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Story id, e.g. st-0123456789abcdef") @PathParam("id") String id,
                        @Parameter(hidden = true) @HeaderParam(InstanceRouter.LOCAL_HEADER) boolean local,
                        @Context UriInfo uri) {
        return Routed.byKey(router, StoryTopology.STORIES_STORE, id, local, uri, () -> queries.story(id)
                .orElseThrow(() -> ProblemException.notFound("No story " + id, "/stories/" + id)));
    }
}
