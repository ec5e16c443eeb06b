package newswire.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import newswire.contract.Json;
import org.junit.jupiter.api.Assumptions;

/**
 * A real headless Chromium (Debian's {@code chromium}, installed by {@code bin/ensure-chromium}) driven over the
 * DevTools protocol with the JDK's own WebSocket client: no WebDriver, no dependency. It does what a reader does
 * with a page (open it, wait for something to show, read it, click) and takes a screenshot.
 */
final class Browser implements AutoCloseable {

    /** The flags that run Chromium headless as root on these machines, with nothing phoning home. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--window-size=1280,900", "--remote-debugging-port=0", "--remote-allow-origins=*");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Browser(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Skips the test where Chromium is missing, except in CI, where bin/ensure-chromium must have installed it. */
    static String assumeInstalled() {
        Command.Result which = Command.of("sh", "-c", "command -v chromium || command -v chromium-browser")
                .run(Duration.ofSeconds(10));
        if (!which.succeeded() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("chromium is required in CI (bin/ensure-chromium installs it)");
        }
        Assumptions.assumeTrue(which.succeeded(), "chromium not installed: bin/ensure-chromium");
        return which.firstLine();
    }

    /** Starts a headless Chromium with a new empty profile and attaches to its first tab. */
    static Browser launch() throws IOException, InterruptedException {
        String chromium = assumeInstalled();
        Path profile = Files.createTempDirectory("newswire-chromium-");
        Path log = Path.of("target", "system-logs", "chromium.log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(chromium));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            // Chromium writes the port it picked (port 0 = any free one) into the profile once it listens
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.exists(portFile) || Files.readString(portFile).isBlank()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("chromium did not open its DevTools port; see " + log.toAbsolutePath());
                }
                Thread.sleep(100);
            }
            String port = Files.readString(portFile).lines().findFirst().orElseThrow().strip();
            String tab = firstTab(port);
            Browser[] self = new Browser[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(tab), new Listener(message -> self[0].dispatch(message)))
                    .get(10, TimeUnit.SECONDS);
            self[0] = new Browser(process, profile, socket);
            return self[0];
        } catch (Exception e) {
            process.destroyForcibly();
            deleteQuietly(profile);
            throw e instanceof IOException io ? io : new IOException("could not attach to chromium", e);
        }
    }

    private static String firstTab(String port) throws IOException, InterruptedException {
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : Json.mapper().readTree(list.body())) {
            if ("page".equals(target.path("type").asText())) {
                return target.get("webSocketDebuggerUrl").asText();
            }
        }
        throw new IOException("chromium has no tab: " + list.body());
    }

    /** Loads the URL and returns once the document and its scripts have loaded. */
    Browser open(String url) {
        ObjectNode params = Json.mapper().createObjectNode().put("url", url);
        JsonNode answer = call("Page.navigate", params);
        if (answer.has("errorText")) {
            throw new AssertionError("chromium could not open " + url + ": " + answer.get("errorText").asText());
        }
        await("document loaded", "document.readyState === 'complete'", Duration.ofSeconds(30));
        return this;
    }

    /** Waits until at least one element matches the CSS selector; fails with the page's text if none does in time. */
    Browser waitFor(String selector, Duration timeout) {
        await(selector, "document.querySelector(" + quote(selector) + ") !== null", timeout);
        return this;
    }

    /** Waits until a JavaScript condition about the page holds, e.g. a count reaching a number. */
    Browser await(String what, String condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (evaluate("Boolean(" + condition + ")").asBoolean()) {
                return this;
            }
            Stack.sleep(200);
        }
        throw new AssertionError("not " + what + " within " + timeout.toSeconds() + " s; the page shows:\n"
                + evaluate("document.body ? document.body.innerText : ''").asText());
    }

    int count(String selector) {
        return evaluate("document.querySelectorAll(" + quote(selector) + ").length").asInt();
    }

    /** The visible text of every element matching the selector, in document order, trimmed. */
    List<String> texts(String selector) {
        return strings("Array.from(document.querySelectorAll(" + quote(selector) + "), e => e.innerText.trim())");
    }

    /** The attribute of every element matching the selector that has it, in document order. */
    List<String> attributes(String selector, String attribute) {
        return strings("Array.from(document.querySelectorAll(" + quote(selector) + "), e => e.getAttribute("
                + quote(attribute) + ")).filter(v => v !== null)");
    }

    /** Clicks the first element matching the selector, as a user's click does (a click event that bubbles). */
    Browser click(String selector) {
        boolean clicked = evaluate("(() => { const e = document.querySelector(" + quote(selector) + ");"
                + " if (!e) return false; e.scrollIntoView(); e.click(); return true; })()").asBoolean();
        if (!clicked) {
            throw new AssertionError("nothing to click: no element matches " + selector);
        }
        return this;
    }

    /** A PNG of the whole page (up to 5000 pixels high), not only the window. */
    Path screenshot(Path file) throws IOException {
        JsonNode size = call("Page.getLayoutMetrics", Json.mapper().createObjectNode()).path("cssContentSize");
        ObjectNode clip = Json.mapper().createObjectNode().put("x", 0).put("y", 0).put("scale", 1)
                .put("width", Math.max(size.path("width").asDouble(), 1))
                .put("height", Math.min(Math.max(size.path("height").asDouble(), 1), 5000));
        ObjectNode params = Json.mapper().createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        byte[] png = Base64.getDecoder().decode(call("Page.captureScreenshot", params).get("data").asText());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
        return file;
    }

    /** Runs a JavaScript expression in the page and returns its value (as JSON). */
    JsonNode evaluate(String expression) {
        ObjectNode params = Json.mapper().createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true);
        JsonNode answer = call("Runtime.evaluate", params);
        if (answer.has("exceptionDetails")) {
            throw new AssertionError("the page threw on `" + expression + "`: " + answer.get("exceptionDetails"));
        }
        return answer.path("result").path("value");
    }

    private List<String> strings(String expression) {
        List<String> values = new ArrayList<>();
        evaluate(expression).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** One DevTools command and its result; the protocol matches answers to commands by id. */
    private JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = Json.mapper().createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        try {
            socket.sendText(message.toString(), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new AssertionError(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("DevTools " + method + " did not answer", e);
        } finally {
            pending.remove(id);
        }
    }

    private void dispatch(String message) {
        try {
            JsonNode json = Json.mapper().readTree(message);
            CompletableFuture<JsonNode> waiting = json.has("id") ? pending.get(json.get("id").asInt()) : null;
            if (waiting != null) {
                waiting.complete(json);
            } // anything else is an event nobody subscribed to
        } catch (IOException e) {
            // not JSON: the protocol never sends that
        }
    }

    private static String quote(String text) {
        try {
            return Json.mapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the OS cleans it up eventually
        }
    }

    /** Collects a message's frames (a large answer, like a screenshot, comes in several) and hands it on whole. */
    private static final class Listener implements WebSocket.Listener {

        private final java.util.function.Consumer<String> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                onMessage.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
