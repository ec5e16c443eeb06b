package newswire.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.Socket;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/** Whatever a client gets wrong, it is told what and how to fix it, as RFC 9457 problem details. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class BadInputTest {

    @TestHTTPResource("/articles")
    URI articlesUri;

    private static ValidatableResponse post(String contentType, byte[] body) {
        return Requests.post(contentType, body);
    }

    private static ValidatableResponse postJson(String json) {
        return post("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The RFC 9457 members, and nothing a client should not see. */
    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type,
                                                     String inDetail) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type))
                .body("title", not(equalTo(null)))
                .body("status", equalTo(status))
                .body("detail", containsString(inDetail))
                .body("instance", startsWith("urn:uuid:"))
                .body(allOf(not(containsString("Exception")), not(containsString("\tat ")),
                        not(containsString("newswire.")), not(containsString("com.fasterxml"))));
    }

    @Test
    void malformedJsonSaysWhere() {
        assertProblem(postJson("{\"body\": \"x\",,}"), 400, "malformed-json", "line 1, column");
    }

    @Test
    void aMissingBodyIsNamed() {
        assertProblem(postJson("{\"title\": \"Headline only\"}"), 400, "invalid-article", "\"body\" is required");
    }

    @Test
    void aBlankBodyIsRefused() {
        assertProblem(postJson("{\"body\": \" \\n \"}"), 400, "invalid-article", "\"body\" is blank");
    }

    @Test
    void aBodyThatIsNotAStringIsRefused() {
        assertProblem(postJson("{\"body\": [\"a\", \"b\"]}"), 400, "invalid-article", "must be a string");
    }

    @Test
    void invalidUtf8IsRefusedWithTheOffset() {
        byte[] latin1 = "{\"body\": \"Caf\u00e9 opens\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(post("application/json", latin1), 400, "invalid-encoding", "byte offset 13");
    }

    @Test
    void anEmptyRequestHasNoArticle() {
        assertProblem(post("application/json", new byte[0]), 400, "no-article", "empty");
    }

    @Test
    void aBodyOverTheCharacterLimitIsTooLarge() {
        String huge = "a".repeat(1_048_577);
        assertProblem(postJson("{\"body\": \"" + huge + "\"}"), 413, "body-too-large",
                "1048577 characters; at most 1048576");
    }

    @Test
    void aRequestOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        // %test limits a request to 4M. Like curl with a large file: announce the length, ask for "100 Continue",
        // and see the refusal before sending a byte of the body.
        try (Socket socket = new Socket(articlesUri.getHost(), articlesUri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /articles HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestClients.NEWSROOM_KEY + "\r\n"
                    + "Content-Type: application/x-ndjson\r\nContent-Length: " + 5 * 1024 * 1024 + "\r\n"
                    + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            JsonPath problem = new JsonPath(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertEquals("/problems/request-too-large", problem.getString("type"));
            assertTrue(problem.getString("detail").contains("at most 4194304 bytes"), problem.getString("detail"));
        }
    }

    @Test
    void plainTextIsAnUnsupportedMediaTypeAndTheDetailSaysWhatToSend() {
        assertProblem(post("text/plain", "The body".getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported-media-type", "application/x-ndjson");
    }

    @Test
    void curlsDefaultFormEncodingIsAnUnsupportedMediaType() {
        assertProblem(post("application/x-www-form-urlencoded", "{\"body\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported-media-type", "Content-Type application/x-www-form-urlencoded");
    }

    @Test
    void jsonInAnotherCharsetIsAnUnsupportedMediaType() {
        assertProblem(post("application/json; charset=ISO-8859-1", "{\"body\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported-media-type", "UTF-8");
    }

    @Test
    void everyProblemTypeCanBeLookedUp() {
        given().when().get("/problems/malformed-json").then().statusCode(200)
                .body("status", equalTo(400)).body("description", containsString("valid JSON"));
    }

    @Test
    void otherAddressesAndMethodsAreProblemsToo() {
        assertProblem(TestClients.newsroom().when().get("/nothing-here").then(), 404, "not-found", "POST /articles");
        assertProblem(TestClients.newsroom().when().get("/articles").then(), 405, "method-not-allowed",
                "POST /articles");
    }
}
