package newswire.extract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import newswire.extract.stream.EnrichedBroadcaster;
import newswire.apikeys.ApiKeys;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/** An operator requires a read key for the live stream with one setting; a dashboard then sends its key. */
@QuarkusTest
@TestProfile(StreamReadKeyTest.KeyRequired.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class StreamReadKeyTest {

    // constants: the profile and the test are loaded by different class loaders
    static final String DASHBOARD_KEY = "nw_test-stream-dashboard-read-key-00000000000";
    static final String PUBLISHER_KEY = "nw_test-stream-publisher-write-key-000000000";

    public static class KeyRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newswire.extract.stream.require-key", "true",
                    "newswire.auth.keys", "dashboard read " + ApiKeys.hash(DASHBOARD_KEY)
                            + "; publisher write " + ApiKeys.hash(PUBLISHER_KEY));
        }
    }

    @TestHTTPResource("/enriched/stream")
    URI stream;

    @Test
    void withoutAKeyTheStreamIsRefusedWithAChallenge() {
        given().when().get("/enriched/stream").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"newswire\""))
                .body("type", equalTo("/problems/missing-credential"));
    }

    @Test
    void aKeyWithoutTheReadRoleIsForbidden() {
        given().header("Authorization", "Bearer " + PUBLISHER_KEY).when().get("/enriched/stream").then()
                .statusCode(403).body("type", equalTo("/problems/not-allowed"));
    }

    @Inject
    EnrichedBroadcaster broadcaster;

    @Test
    void aReadKeyOpensTheStream() throws Exception {
        int before = broadcaster.clientCount();
        // an SSE answer's head comes with its first event; being subscribed is what shows the key was accepted
        var response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(stream)
                        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + DASHBOARD_KEY).build(),
                HttpResponse.BodyHandlers.discarding());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (broadcaster.clientCount() == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(before + 1, broadcaster.clientCount(), "the dashboard is subscribed to the stream");
        response.cancel(true);
    }

    @Test
    void healthStaysOpen() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
