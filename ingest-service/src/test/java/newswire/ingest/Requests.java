package newswire.ingest;

import static io.restassured.config.EncoderConfig.encoderConfig;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;

/**
 * Sends bodies as the newsroom client, byte for byte with exactly the Content-Type given, as curl does; left alone,
 * RestAssured would add "; charset=ISO-8859-1" to types it does not know, which the service rightly refuses.
 */
final class Requests {

    private Requests() {
    }

    static ValidatableResponse post(String contentType, byte[] body) {
        return TestClients.newsroom()
                .config(RestAssured.config().encoderConfig(encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs(contentType, ContentType.BINARY)))
                .contentType(contentType).body(body)
                .when().post("/articles").then();
    }

    static ValidatableResponse post(String contentType, String body) {
        return post(contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
