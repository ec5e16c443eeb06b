package newswire.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import newswire.apikeys.ApiKeys;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/**
 * Only known clients may publish: a script without a key, with a wrong, revoked or read-only key, or with its key in
 * the URL is refused with a problem that says what to do, and never sees its key repeated back.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AuthenticationTest {

    private static final String ARTICLE = "{\"body\": \"Council meets on Monday.\"}";

    private static ValidatableResponse publish(RequestSpecification client) {
        return client.contentType("application/json").body(ARTICLE).when().post("/articles").then();
    }

    /** A refusal as RFC 9457 and RFC 6750 describe it, carrying nothing of what was sent. */
    private static ValidatableResponse assertRefused(ValidatableResponse response, int status, String type,
                                                     String challenge, String inDetail, String sentKey) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type))
                .body("status", equalTo(status))
                .body("detail", containsString(inDetail))
                .body("instance", startsWith("urn:uuid:"))
                .body(allOf(not(containsString("Exception")), not(containsString("newswire."))));
        if (challenge != null) {
            response.header("WWW-Authenticate", equalTo(challenge));
        }
        if (sentKey != null) {
            assertFalse(response.extract().asString().contains(sentKey), "the answer repeats the key");
            assertFalse(response.extract().headers().toString().contains(sentKey), "a header repeats the key");
        }
        return response;
    }

    @Test
    void withoutAKeyTheClientIsToldHowToSendOne() {
        assertRefused(publish(given()), 401, "missing-credential", "Bearer realm=\"newswire\"",
                "Authorization: Bearer", null);
    }

    @Test
    void aMalformedAuthorizationHeaderIsRefusedWithoutRepeatingIt() {
        String key = TestClients.NEWSROOM_KEY;
        for (String header : new String[] {"Basic bmV3c3Jvb206c2VjcmV0", key, "Bearer", "Bearer " + key + " extra"}) {
            assertRefused(publish(given().header("Authorization", header)), 401, "malformed-credential",
                    "Bearer realm=\"newswire\", error=\"invalid_request\"", "is not 'Bearer <key>'", key);
        }
    }

    @Test
    void aWrongKeyIsRefused() {
        String wrong = ApiKeys.generate();
        assertRefused(publish(TestClients.as(wrong)), 401, "invalid-key",
                "Bearer realm=\"newswire\", error=\"invalid_token\"", "not one this service accepts", wrong);
        String cutShort = TestClients.NEWSROOM_KEY.substring(0, 30);
        assertRefused(publish(TestClients.as(cutShort)), 401, "invalid-key", null, "whole key", cutShort);
    }

    @Test
    void aRevokedKeyIsRefusedAndTheClientToldItWasRevoked() {
        assertRefused(publish(TestClients.as(TestClients.OLD_FEED_KEY)), 401, "revoked-key",
                "Bearer realm=\"newswire\", error=\"invalid_token\"", "client 'old-feed' was revoked",
                TestClients.OLD_FEED_KEY);
    }

    @Test
    void aReadOnlyKeyMayNotPublish() {
        assertRefused(publish(TestClients.as(TestClients.DASHBOARD_KEY)), 403, "not-allowed",
                "Bearer realm=\"newswire\", error=\"insufficient_scope\"",
                "The key of client 'dashboard' is valid but may not do this. Publishing needs a key with the "
                        + "'write' role; this key has: read", TestClients.DASHBOARD_KEY);
    }

    @Test
    void duringARotationTheOldAndTheNewKeyBothWorkForTheSameClient() {
        for (String key : new String[] {TestClients.NEWSROOM_KEY, TestClients.NEWSROOM_NEXT_KEY}) {
            JsonPath answer = publish(TestClients.as(key).body("{\"body\": \"Rotation " + UUID.randomUUID() + ".\"}"))
                    .statusCode(202).extract().jsonPath();
            assertEquals("newsroom", ArticlesTopic.recordAt(answer.getInt("partition"), answer.getLong("offset"))
                    .value().ingestedBy());
        }
    }

    @Test
    void aKeyInTheQueryStringIsRefusedEvenBesideAGoodHeader() {
        String key = TestClients.NEWSROOM_KEY;
        assertRefused(given().queryParam("api_key", key).contentType("application/json").body(ARTICLE)
                        .when().post("/articles").then(), 400, "credential-in-url",
                "Bearer realm=\"newswire\", error=\"invalid_request\"", "query parameter 'api_key'", key);
        assertRefused(TestClients.newsroom().queryParam("access_token", key).contentType("application/json")
                .body(ARTICLE).when().post("/articles").then(), 400, "credential-in-url", null, "rotated", key);
        // a real key is recognised under any parameter name
        assertRefused(given().queryParam("x", key).contentType("application/json").body(ARTICLE)
                .when().post("/articles").then(), 400, "credential-in-url", null, "the query string", key);
    }

    @Test
    void anotherSpellingOfThePathIsNoWayAround() {
        assertEquals(401, given().contentType("application/json").body(ARTICLE).when().post("/articles/")
                .statusCode());
        assertEquals(401, given().when().get("/anything-else").statusCode(), "unknown paths need a key too");
    }

    @Test
    void healthMetricsOpenApiAndProblemDescriptionsNeedNoKey() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/problems/revoked-key").then().statusCode(200)
                .body("status", equalTo(401)).body("description", containsString("revoked"));
    }

    @Test
    void refusalsAreCountedByReasonAndTheMetricsCarryNoCredential() {
        publish(TestClients.as(ApiKeys.generate())).statusCode(401);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(!metrics.contains("newswire_auth_refused_total{reason=\"invalid-key\"}"), "refusals counted");
        for (String key : new String[] {TestClients.NEWSROOM_KEY, TestClients.NEWSROOM_NEXT_KEY,
                TestClients.WIRE_IMPORTER_KEY, TestClients.DASHBOARD_KEY, TestClients.OLD_FEED_KEY}) {
            assertFalse(metrics.contains(key), "a key in the metrics");
        }
    }
}
