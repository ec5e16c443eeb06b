package newswire.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newswire.apikeys.ApiKeys;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/**
 * A runaway script floods the service: it is answered 429 with Retry-After once over its allowance, while a
 * well-behaved client, sending at the same time, goes on being served.
 */
@QuarkusTest
@TestProfile(ThrottlingTest.SmallAllowances.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ThrottlingTest {

    // constants, not generated: the profile and the test are loaded by different class loaders
    static final String NOISY_KEY = "nw_test-throttling-noisy-client-0000000000000";
    static final String CALM_KEY = "nw_test-throttling-calm-client-00000000000000";
    static final String BATCHER_KEY = "nw_test-throttling-batching-client-0000000000";

    public static class SmallAllowances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // %test: the profile-specific name, or application.properties' %test keys would win
                    "%test.newswire.auth.keys", "noisy write " + ApiKeys.hash(NOISY_KEY) + "; calm write "
                            + ApiKeys.hash(CALM_KEY) + "; batcher write " + ApiKeys.hash(BATCHER_KEY),
                    "newswire.ingest.throttle.requests-per-second", "2",
                    "newswire.ingest.throttle.request-burst", "4",
                    "newswire.ingest.throttle.articles-per-second", "0.5",
                    "newswire.ingest.throttle.article-burst", "10");
        }
    }

    private static Response publish(String key, String json) {
        return TestClients.as(key).contentType("application/json").body(json).when().post("/articles");
    }

    @Test
    void aNoisyClientIsThrottledWhileAnotherIsServed() throws Exception {
        ExecutorService flood = Executors.newFixedThreadPool(4);
        List<Future<Response>> noisy = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                noisy.add(flood.submit(() -> publish(NOISY_KEY, "{\"body\": \"Noise " + UUID.randomUUID() + ".\"}")));
            }
            // meanwhile, the calm client sends within its own allowance
            for (int i = 0; i < 3; i++) {
                publish(CALM_KEY, "{\"body\": \"Calm " + UUID.randomUUID() + ".\"}").then().statusCode(202);
            }
            int accepted = 0;
            Response throttled = null;
            for (Future<Response> answer : noisy) {
                Response response = answer.get();
                if (response.statusCode() == 202) {
                    accepted++;
                } else {
                    assertEquals(429, response.statusCode(), response.asString());
                    throttled = response;
                }
            }
            assertTrue(accepted >= 4 && accepted < 24, "the burst of 4 goes through, then 429: " + accepted);
            throttled.then().contentType("application/problem+json")
                    .body("type", equalTo("/problems/too-many-requests"))
                    .body("status", equalTo(429))
                    .body("detail", containsString("allowance of client 'noisy': 2 requests per second"))
                    .body("detail", containsString("Other clients are not affected"));
            assertTrue(Integer.parseInt(throttled.header("Retry-After")) >= 1, throttled.header("Retry-After"));
        } finally {
            flood.shutdownNow();
        }
    }

    @Test
    void aBatchCountsEachOfItsArticles() {
        String eight = "[" + "{\"body\": \"Batch item %s.\"},".repeat(7) + "{\"body\": \"Batch item %s.\"}]";
        Object[] ids = new Object[8];
        for (int i = 0; i < 8; i++) {
            ids[i] = UUID.randomUUID();
        }
        publish(BATCHER_KEY, eight.formatted(ids)).then().statusCode(200).body("accepted", equalTo(8));
        Response refused = publish(BATCHER_KEY, eight.formatted(ids));
        refused.then().statusCode(429)
                .body("detail", containsString("This request's 8 article(s) would exceed the allowance of client "
                        + "'batcher': 0.5 articles per second (bursts up to 10)"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
    }
}
