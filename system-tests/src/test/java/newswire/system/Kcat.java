package newswire.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import newswire.contract.Json;
import org.junit.jupiter.api.Assumptions;

/** kcat, a subscriber that is not Java: reads a topic from the beginning to its end, one JSON value per key. */
final class Kcat {

    /** One record as kcat printed it: the key and the value parsed as JSON. */
    record Event(String key, JsonNode value) {
    }

    private Kcat() {
    }

    /** Skips the test without kcat, except in CI, where bin/ensure-kcat must have installed it. */
    static void assumeInstalled() {
        boolean installed = Command.of("sh", "-c", "command -v kcat").run(Duration.ofSeconds(10)).succeeded();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("kcat is required in CI (bin/ensure-kcat installs it)");
        }
        Assumptions.assumeTrue(installed, "kcat not installed: apt-get install -y kcat");
    }

    static List<Event> readAll(String bootstrapServers, String topic) {
        Command.Result kcat = Command.of("kcat", "-C", "-b", bootstrapServers, "-t", topic, "-o", "beginning", "-e",
                "-q", "-f", "%k\\t%s\\n").run(Duration.ofSeconds(30));
        if (!kcat.succeeded()) {
            throw new AssertionError(kcat.describe());
        }
        List<Event> events = new ArrayList<>();
        for (String line : kcat.output().split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                try {
                    events.add(new Event(line.substring(0, tab), Json.mapper().readTree(line.substring(tab + 1))));
                } catch (IOException e) {
                    throw new UncheckedIOException("kcat printed a value that is not JSON: " + line, e);
                }
            }
        }
        return events;
    }

    /** Reads the topic again and again until {@code done} holds for what it holds, or the time is up. */
    static List<Event> readUntil(String bootstrapServers, String topic, Predicate<List<Event>> done,
                                 Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> events = List.of();
        while (System.nanoTime() < deadline) {
            try {
                events = readAll(bootstrapServers, topic);
            } catch (AssertionError e) {
                events = List.of(); // the broker may still be coming back: try again until the deadline
            }
            if (done.test(events)) {
                return events;
            }
            Stack.sleep(1000);
        }
        return events;
    }
}
