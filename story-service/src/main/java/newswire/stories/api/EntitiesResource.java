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
import newswire.stories.model.PersonQuote;
import newswire.stories.streams.StoryTopology;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntitiesResource {

    private final StoryQueries queries;
    private final InstanceRouter router;

    public EntitiesResource(StoryQueries queries, InstanceRouter router) {
        this.queries = queries;
        this.router = router;
    }

    @GET
    @Path("/{key}/quotes")
    @Operation(summary = "Everything a person said",
            description = "Every quotation attributed to the entity key across all stories and outlets, newest "
                    + "report first; a quotation reported by several outlets is one item listing every report.")
    @APIResponse(responseCode = "200", description = "The quotations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
            implementation = PersonQuote.class)))
    @APIResponse(responseCode = "404", description = "No quotation by this key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response quotes(@Parameter(description = "Entity key, e.g. person:KRY.JN") @PathParam("key") String key,
                           @Parameter(hidden = true) @HeaderParam(InstanceRouter.LOCAL_HEADER) boolean local,
                           @Context UriInfo uri) {
        return Routed.byKey(router, StoryTopology.SPEAKER_QUOTES, key, local, uri, () -> queries.quotesOf(key)
                .orElseThrow(() -> ProblemException.notFound("No quotation by " + key, "/entities/" + key + "/quotes")));
    }
}
