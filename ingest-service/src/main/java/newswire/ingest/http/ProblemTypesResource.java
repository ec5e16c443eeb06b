package newswire.ingest.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import newswire.apikeys.quarkus.Refusal;
import newswire.ingest.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Makes every problem {@code type} URI resolvable: a client meeting an unknown one can read what it means. */
@Path("/problems")
@Tag(name = "problems", description = "What each problem type means")
public class ProblemTypesResource {

    /** @param type the type URI, a short title, the HTTP status it comes with, and what to do about it */
    public record Description(String type, String title, int status, String description) {

        static Description of(ProblemType type) {
            return new Description(type.uri(), type.title(), type.status(), type.description());
        }

        static Description of(Refusal refusal) {
            return new Description("/problems/" + refusal.slug(), refusal.title(), refusal.status(),
                    refusal.description());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All problem types")
    public java.util.List<Description> all() {
        // the service's own problems, and the refusals of a credential (answered by the api-keys module)
        return java.util.stream.Stream.concat(Arrays.stream(ProblemType.values()).map(Description::of),
                Arrays.stream(Refusal.values()).map(Description::of)).toList();
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What one problem type means")
    public Description one(@PathParam("slug") String slug) {
        return all().stream().filter(d -> d.type().equals("/problems/" + slug)).findFirst()
                .orElseThrow(() -> new NotFoundException());
    }
}
