package newswire.extract;

import static newswire.extract.KafkaTestClient.produce;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.EnrichedArticle;
import newswire.contract.Json;
import newswire.contract.Topics;
import newswire.extract.stream.EnrichedBroadcaster;
import org.junit.jupiter.api.Test;

/** A dashboard connected to {@code /enriched/stream} sees each article as soon as it is enriched. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class EnrichedStreamTest {

    @TestHTTPResource("/enriched/stream")
    URI stream;

    @Inject
    EnrichedBroadcaster broadcaster;

    @Test
    void aConnectedClientReceivesTheEnrichedEventWithTheArticleIdAsEventId() throws Exception {
        // the feed starts at "latest": wait until it has its partitions, or it could start after our event
        awaitTrue(() -> KafkaTestClient.groupHasAssignedMember("newswire-extract-stream-"), Duration.ofSeconds(60));

        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(
                HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        awaitTrue(() -> broadcaster.clientCount() > 0, Duration.ofSeconds(10));

        String id = "live-" + UUID.randomUUID();
        produce(Topics.ARTICLES, id, ("{\"id\":\"" + id + "\",\"body\":\"Angela Merkel arrived in Paris on Friday.\"}")
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<Stream<String>> sse = response.get(60, TimeUnit.SECONDS);
        assertEquals(200, sse.statusCode());
        assertTrue(sse.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        String data = readEventData(sse.body().iterator(), id, Duration.ofSeconds(60));

        EnrichedArticle event = Json.mapper().readValue(data, EnrichedArticle.class);
        assertEquals(id, event.articleId());
        assertEquals("Angela Merkel arrived in Paris on Friday.", event.body());
        sse.body().close();
    }

    /** Reads SSE events (fields up to a blank line) until the one with the given id, returning its data. */
    private static String readEventData(Iterator<String> lines, String id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String eventId = null;
        StringBuilder data = new StringBuilder();
        while (Instant.now().isBefore(deadline) && lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (id.equals(eventId)) {
                    return data.toString();
                }
                eventId = null;
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                eventId = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
        throw new AssertionError("no event with id " + id + " on the stream");
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
