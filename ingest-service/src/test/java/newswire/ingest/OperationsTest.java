package newswire.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/** What an operator looks at: health, metrics, and the API description. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class OperationsTest {

    private static double counter(String outcome, String reason) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("^newswire_ingest_articles_total\\{[^}]*outcome=\"" + outcome
                + "\",reason=\"" + reason + "\"[^}]*} ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    @Test
    void acceptedAndRejectedArticlesAreCounted() {
        double accepted = counter("accepted", "none");
        double missingBody = counter("rejected", "invalid-article");
        double malformed = counter("rejected", "malformed-json");

        Requests.post("application/json", "{\"body\": \"Counted article.\"}").statusCode(202);
        Requests.post("application/json", "[{\"body\": \"Counted too.\"}, {\"title\": \"no body\"}]").statusCode(200);
        Requests.post("application/json", "{oops").statusCode(400);

        assertEquals(accepted + 2, counter("accepted", "none"));
        assertEquals(missingBody + 1, counter("rejected", "invalid-article"));
        assertEquals(malformed + 1, counter("rejected", "malformed-json"));
    }

    @Test
    void readyWhenTheBrokerAndTopicAreThereAndAlive() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Kafka broker and articles topic' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Kafka broker and articles topic' }.data.partitions", equalTo(4));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesBatchesAndProblems() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/articles'.post.requestBody.content", org.hamcrest.Matchers.hasKey("application/x-ndjson"))
                .body("paths.'/articles'.post.description",
                        containsString("Valid articles are published even when others in the same batch are invalid"))
                .body("paths.'/articles'.post.responses.'503'.headers", org.hamcrest.Matchers.hasKey("Retry-After"))
                .body("paths.'/articles'.post.responses.'400'.content", org.hamcrest.Matchers.hasKey("application/problem+json"));
    }
}
