package newswire.extract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import newswire.broker.KafkaBroker;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** What an operator relies on: probes that tell the truth, metrics, an API description. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthAndOperationsTest {

    @Test
    @Order(1)
    void readyOnceTheModelsAreLoadedAndKafkaIsReachable() {
        awaitReadiness(200, Duration.ofSeconds(60));
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("extraction-models", "SmallRye Reactive Messaging - readiness check"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data",
                        allOf(hasEntry("articles-in$1", "[OK]"), hasEntry("articles-in$2", "[OK]"),
                                hasEntry("enriched-out", "[OK]"),
                                hasEntry("enriched-feed", "[OK]")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    @Order(2)
    void metricsCountEnrichedAndDeadLetteredArticlesAndTimeTheExtraction() {
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("newswire_extract_enriched_total"))
                .body(containsString("newswire_extract_dead_letters_total{reason=\"not_json\""))
                .body(containsString("newswire_extract_processing_seconds_count"));
    }

    @Test
    @Order(3)
    void theApiIsDescribed() {
        given().when().get("/q/openapi?format=json").then()
                .statusCode(200)
                .body(containsString("/enriched/stream"));
    }

    @Test
    @Order(4)
    void notReadyWhileTheBrokerIsDownAndReadyAgainByItselfWhenItReturns() throws Exception {
        KafkaBroker broker = KafkaBrokerTestResource.broker();
        broker.stop();
        try {
            awaitReadiness(503, Duration.ofSeconds(60));
            given().when().get("/q/health/live").then().statusCode(200);
        } finally {
            broker.restart();
        }
        awaitReadiness(200, Duration.ofSeconds(90));
    }

    private static void awaitReadiness(int status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = given().when().get("/q/health/ready").then().extract().statusCode();
            if (last == status) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("readiness was " + last + ", expected " + status + " within " + timeout + ": "
                + given().when().get("/q/health/ready").then().extract().asString());
    }
}
