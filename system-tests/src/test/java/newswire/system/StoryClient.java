package newswire.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import newswire.contract.Json;

/** A reader of the story service's query API, as any HTTP client would use it: GET and JSON. */
final class StoryClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String baseUrl;

    StoryClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One answer: its status and its body as JSON (a missing node when the body is not JSON). */
    record Answer(int status, JsonNode body, String text) {
    }

    Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            json = Json.mapper().missingNode();
        }
        return new Answer(response.statusCode(), json == null ? Json.mapper().missingNode() : json, response.body());
    }

    /**
     * Asks {@code path} again and again until a 200 answer satisfies {@code done}, or the time is up; returns the
     * last answer (null when the service never answered).
     */
    Answer await(String path, Predicate<Answer> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path);
                if (last.status() == 200 && done.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                // not answering (yet, or while it restarts): ask again
            }
            Thread.sleep(500);
        }
        return last;
    }
}
