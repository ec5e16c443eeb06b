package newswire.stories.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import newswire.stories.model.PersonQuote;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntitiesResource {

    private final StoryQueries queries;

    public EntitiesResource(StoryQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{key}/quotes")
    @Operation(summary = "Everything a person said",
            description = "Every quotation attributed to the entity key across all stories and outlets, newest "
                    + "report first; a quotation reported by several outlets is one item listing every report.")
    @APIResponse(responseCode = "200", description = "The quotations")
    @APIResponse(responseCode = "404", description = "No quotation by this key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PersonQuote> quotes(@Parameter(description = "Entity key, e.g. person:KRY.JN")
                                    @PathParam("key") String key) {
        return queries.quotesOf(key).orElseThrow(() -> ProblemException.notFound("No quotation by " + key,
                "/entities/" + key + "/quotes"));
    }
}
