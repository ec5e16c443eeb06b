package newswire.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A Server-Sent Events subscriber on a thread of its own that keeps every {@code data:} line it receives. */
final class SseListener implements AutoCloseable {

    private final List<String> data = new CopyOnWriteArrayList<>();
    private volatile InputStream body;

    private SseListener() {
    }

    /** Subscribes, and returns once the stream has answered (or after a few seconds, for a server that waits). */
    static SseListener open(String url) {
        SseListener listener = new SseListener();
        Thread thread = new Thread(() -> listener.listen(url), "sse " + url);
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (listener.body == null && System.nanoTime() < deadline) {
            Stack.sleep(100);
        }
        return listener;
    }

    private void listen(String url) {
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        data.add(line);
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            data.add("error: " + e);
        }
    }

    /** Waits until the data lines received so far satisfy {@code done}; returns whether they did in time. */
    boolean await(Predicate<List<String>> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(data) && System.nanoTime() < deadline) {
            Stack.sleep(200);
        }
        return done.test(data);
    }

    List<String> data() {
        return List.copyOf(data);
    }

    @Override
    public void close() throws IOException {
        if (body != null) {
            body.close();
        }
    }
}
