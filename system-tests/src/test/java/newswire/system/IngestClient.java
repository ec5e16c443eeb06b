package newswire.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import newswire.contract.Json;

/** What a newsroom's script does: POST articles to the ingest service, with its API key. */
public final class IngestClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String baseUrl;
    private final String apiKey;

    /** @param apiKey sent as {@code Authorization: Bearer <key>}; null sends no credential */
    public IngestClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** The answer to one POST: status, parsed JSON body, headers, and how long it took. */
    public record Answer(int status, JsonNode body, Map<String, java.util.List<String>> headers, long millis) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public Answer postArticle(Map<String, Object> article) throws IOException, InterruptedException {
        return post("/articles", "application/json", Json.mapper().writeValueAsString(article));
    }

    public Answer post(String path, String contentType, String body) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType);
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response = HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        JsonNode json = response.body().isBlank() ? null : Json.mapper().readTree(response.body());
        return new Answer(response.statusCode(), json, response.headers().map(), millis);
    }
}
