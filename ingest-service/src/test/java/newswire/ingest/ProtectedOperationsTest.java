package newswire.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/** An operator who does not want metrics and the API description public puts /q/* behind a key, with one setting. */
@QuarkusTest
@TestProfile(ProtectedOperationsTest.Protected.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ProtectedOperationsTest {

    public static class Protected implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newswire.auth.operations-policy", "authenticated");
        }
    }

    @Test
    void operationsEndpointsNeedAKeyButAnyValidKeyWillDo() {
        for (String path : new String[] {"/q/metrics", "/q/openapi", "/q/health/ready"}) {
            given().when().get(path).then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("/problems/missing-credential"));
            TestClients.as(TestClients.DASHBOARD_KEY).when().get(path).then().statusCode(200);
        }
    }
}
