package newswire.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import newswire.broker.KafkaBroker;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away: clients are told 503 with Retry-After within seconds, readiness goes DOWN; the broker
 * comes back: the service recovers by itself. Its own profile gives it its own application and broker, so stopping
 * the broker cannot disturb the other tests.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.OwnBroker.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class BrokerOutageTest {

    /** The bound the service promises: an unavailable broker is a quick 503, never a hang. */
    private static final Duration PROMISED = Duration.ofSeconds(10);

    public static class OwnBroker implements QuarkusTestProfile {
    }

    private static Response postArticle() {
        return TestClients.newsroom().contentType("application/json")
                .body("{\"body\": \"Outage test article " + UUID.randomUUID() + ".\"}")
                .when().post("/articles");
    }

    private static int readiness() {
        return given().when().get("/q/health/ready").statusCode();
    }

    @Test
    void aStoppedBrokerIsAQuick503AndNotReadyAndTheServiceRecoversWhenItIsBack() throws Exception {
        KafkaBroker broker = KafkaBrokerTestResource.broker();
        postArticle().then().statusCode(202);
        assertEquals(200, readiness());

        broker.stop();
        try {
            long start = System.nanoTime();
            Response refused = postArticle();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("[BrokerOutageTest] 503 answered in " + took.toMillis() + " ms with the broker stopped");

            refused.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("/problems/broker-unavailable"))
                    .body("detail", containsString("did not acknowledge"));
            assertTrue(took.compareTo(PROMISED) < 0, "503 took " + took);

            awaitTrue("readiness DOWN", Duration.ofSeconds(20), () -> readiness() == 503);
            given().when().get("/q/health/ready").then()
                    .body("checks.find { it.name == 'Kafka broker and articles topic' }.status", equalTo("DOWN"));
            given().when().get("/q/health/live").then().statusCode(200);
        } finally {
            broker.restart();
        }

        awaitTrue("an article accepted again", Duration.ofSeconds(60), () -> postArticle().statusCode() == 202);
        awaitTrue("readiness UP", Duration.ofSeconds(30), () -> readiness() == 200);
    }

    private static void awaitTrue(String what, Duration within, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(250);
        }
        fail("not " + what + " within " + within.toSeconds() + " s");
    }
}
