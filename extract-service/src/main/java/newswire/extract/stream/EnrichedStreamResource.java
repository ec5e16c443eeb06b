package newswire.extract.stream;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/enriched/stream")
public class EnrichedStreamResource {

    private final EnrichedBroadcaster broadcaster;

    public EnrichedStreamResource(EnrichedBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live enriched events",
            description = "Server-Sent Events: one unnamed event per enriched article published by any instance "
                    + "from the moment of connection; data is the articles.enriched JSON, id the article id. "
                    + "A client that reads too slowly loses the oldest events it has not read.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return broadcaster.subscribe().map(event -> sse.newEventBuilder()
                .id(event.articleId())
                .data(String.class, event.json())
                .build());
    }
}
