package newswire.stories.api;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import newswire.contract.Json;
import newswire.stories.streams.StoryBroadcaster;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/stories/stream")
public class StoryStreamResource {

    private final StoryBroadcaster broadcaster;

    public StoryStreamResource(StoryBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live story updates",
            description = "Server-Sent Events: one unnamed event per story version built from the moment of "
                    + "connection; data is the story JSON (as on the stories topic), id the story id. A client "
                    + "that falls 256 updates behind is disconnected and should reload GET /stories.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return broadcaster.subscribe().map(story -> {
            try {
                return sse.newEventBuilder().id(story.id())
                        .data(String.class, Json.mapper().writeValueAsString(story)).build();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
