package newswire.stories.api;

import static newswire.stories.api.KafkaTestClient.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.Json;
import newswire.stories.Fixtures;
import newswire.stories.model.Story;
import newswire.stories.streams.StoriesFeed;
import newswire.stories.streams.StoryBroadcaster;
import org.junit.jupiter.api.Test;

/** The page's live stream: a connected client receives each story update as it is committed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class StoryStreamTest {

    @TestHTTPResource("/stories/stream")
    URI stream;

    @Inject
    StoriesFeed feed;

    @Inject
    StoryBroadcaster broadcaster;

    @Test
    void aConnectedClientReceivesTheStoryWhenAnArticleArrives() throws Exception {
        awaitTrue(feed::isPositioned);
        CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        awaitTrue(() -> broadcaster.clientCount() > 0);

        publish(Fixtures.summitByHarbourPost("live-harbour", "2026-09-21"));

        HttpResponse<Stream<String>> sse = response.get(60, TimeUnit.SECONDS);
        assertEquals(200, sse.statusCode());
        Iterator<String> lines = sse.body().iterator();
        Story story = null;
        while (story == null && lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:") && line.contains("live-harbour")) {
                story = Json.mapper().readValue(line.substring("data:".length()).strip(), Story.class);
            }
        }
        assertTrue(story != null && story.articles().get(0).articleId().equals("live-harbour"));
        assertEquals("Harbour Post", story.outlets().get(0));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
