package newswire.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/** A local demo with authentication switched off: anyone may publish, it is recorded as such, and logged loudly. */
@QuarkusTest
@TestProfile(AuthenticationOffTest.Off.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AuthenticationOffTest {

    static final Path LOG = Path.of("target", "authentication-off-test.log");

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newswire.auth.enabled", "false",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString());
        }
    }

    @Test
    void anyoneMayPublishAndTheArticleSaysItCameFromAnAnonymousClient() {
        JsonPath answer = given().contentType("application/json")
                .body("{\"body\": \"Demo article " + UUID.randomUUID() + ".\"}")
                .when().post("/articles").then().statusCode(202).extract().jsonPath();
        assertEquals("anonymous", PublishArticleTest.storedRecord(answer).value().ingestedBy());
    }

    @Test
    void theServiceWarnsAtStartThatAuthenticationIsOff() throws Exception {
        String log = Files.readString(LOG);
        assertTrue(log.contains("WARN") && log.contains("AUTHENTICATION IS OFF (newswire.auth.enabled=false)"), log);
    }
}
