package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import newswire.apikeys.ApiKeys;
import newswire.broker.KafkaBrokerConfig;
import newswire.contract.EnrichedArticle;
import newswire.contract.Topics;
import newswire.contract.serde.EnrichedArticleDeserializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A new developer's first run: {@code bin/stack} makes an API key, prints it with a curl line and where the story
 * page is, and the seeds pushed with that key come out enriched, saying they came from the client 'local', and
 * grouped into a story by the story service. The operator then rotates and revokes
 * keys with {@code bin/api-key} while the stack runs. Afterwards no key appears in any log of the run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackScriptIT {

    private static Path runDir;
    private static Path output;
    private static Process stack;
    private static int kafkaPort;
    private static int ingestPort;
    private static int storyPort;
    private static String printed;
    private static String localKey;
    private static final List<String> keysUsed = new ArrayList<>();

    @BeforeAll
    static void runBinStack() throws Exception {
        runDir = Files.createTempDirectory(Path.of("target"), "stack-run-").toAbsolutePath();
        output = runDir.resolveSibling(runDir.getFileName() + ".out");
        kafkaPort = KafkaBrokerConfig.freePort();
        ingestPort = KafkaBrokerConfig.freePort();
        int extractPort = KafkaBrokerConfig.freePort();
        storyPort = KafkaBrokerConfig.freePort();
        ProcessBuilder builder = new ProcessBuilder(Stack.root().resolve("bin/stack").toString(),
                "--run-dir", runDir.toString(), "--kafka-port", String.valueOf(kafkaPort),
                "--ingest-port", String.valueOf(ingestPort), "--extract-port", String.valueOf(extractPort),
                "--story-port", String.valueOf(storyPort))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("NEWSWIRE_STACK_NO_BUILD", "1"); // ./mvnw verify has just built the apps
        builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        stack = builder.start();
        awaitTrue("bin/stack up", Duration.ofSeconds(300), () -> read(output).contains("newswire is up")
                || !stack.isAlive());
        printed = read(output);
        assertTrue(stack.isAlive(), "bin/stack exited:\n" + printed);
    }

    @AfterAll
    static void stopBinStack() throws Exception {
        if (stack != null && stack.isAlive()) {
            stack.destroy(); // SIGTERM: bin/stack stops the services, then the broker
            if (!stack.waitFor(90, TimeUnit.SECONDS)) {
                stack.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void theFirstRunMakesAKeyAndPrintsItWithACurlLine() throws Exception {
        localKey = Files.readString(runDir.resolve("api-key")).strip();
        keysUsed.add(localKey);
        assertTrue(localKey.matches("nw_[A-Za-z0-9_-]{43}"), "a generated key");
        assertTrue(printed.contains(localKey), "bin/stack prints the key:\n" + printed);
        assertTrue(printed.contains("curl -s -X POST localhost:" + ingestPort + "/articles -H \"Authorization: Bearer "
                + "$(cat " + runDir.resolve("api-key") + ")\""), "a ready curl line:\n" + printed);
        assertTrue(printed.contains("the page: http://localhost:" + storyPort + "/"), "the story page:\n" + printed);
        assertTrue(printed.contains("GET /stories"), "the story API:\n" + printed);
        String keysFile = Files.readString(runDir.resolve("api-keys"));
        assertFalse(keysFile.contains(localKey), "the services' keys file holds the hash, not the key");
        assertTrue(keysFile.contains("local write,read " + ApiKeys.hash(localKey)), keysFile);
    }

    @Test
    @Order(2)
    void theSeedsPushedWithThatKeyComeOutEnrichedFromClientLocal() throws Exception {
        IngestClient newsroom = new IngestClient("http://localhost:" + ingestPort, localKey);
        Map<String, String> ids = new HashMap<>();
        Instant before = Instant.now();
        for (String seed : List.of("000_fa99ea874707490e.txt", "003_f5e85036511817fa.txt")) {
            IngestClient.Answer answer = newsroom.postArticle(Map.of("body",
                    SeedArticlesPipelineIT.resource("seeds/" + seed), "source", "seed", "ingestedBy", "someone-else"));
            assertEquals(202, answer.status(), () -> "POST answered " + answer.body());
            ids.put(answer.body().get("id").asText(), seed);
        }
        Map<String, EnrichedArticle> events = new HashMap<>();
        try (TopicReader reader = new TopicReader("localhost:" + kafkaPort, Topics.ENRICHED);
             var deserializer = new EnrichedArticleDeserializer()) {
            for (ConsumerRecord<String, byte[]> record : reader.readUntil(r -> r.stream()
                    .filter(x -> ids.containsKey(x.key())).count() >= 2, Duration.ofSeconds(120))) {
                assertFalse(new String(record.value(), StandardCharsets.UTF_8).contains(localKey), "key in an event");
                events.put(record.key(), deserializer.deserialize(Topics.ENRICHED, record.value()));
            }
        }
        for (String id : ids.keySet()) {
            EnrichedArticle event = events.get(id);
            assertNotNull(event, "seed " + ids.get(id) + " enriched");
            assertEquals("local", event.ingestedBy(), "provenance from the key, not from the body");
            assertFalse(Instant.parse(event.receivedAt()).isBefore(before.minusSeconds(1)), event.receivedAt());
            assertFalse(event.quotes().isEmpty(), "quotes found in " + ids.get(id));
        }
        // downstream of the enriched events, the story service has put both seeds into its stories
        StoryClient.Answer stories = new StoryClient("http://localhost:" + storyPort).await("/stories",
                a -> ids.keySet().stream().allMatch(a.text()::contains), Duration.ofSeconds(60));
        assertTrue(stories != null && ids.keySet().stream().allMatch(stories.text()::contains),
                "GET /stories lists both seeds: " + (stories == null ? "no answer" : stories.text()));
    }

    @Test
    @Order(3)
    void withoutTheKeyOrWithItInTheUrlThePushIsRefused() throws Exception {
        Map<String, Object> article = Map.of("body", "Unauthenticated text.");
        assertEquals(401, new IngestClient("http://localhost:" + ingestPort, null).postArticle(article).status());
        assertEquals(401, new IngestClient("http://localhost:" + ingestPort, ApiKeys.generate()).postArticle(article)
                .status());
        IngestClient.Answer inUrl = new IngestClient("http://localhost:" + ingestPort, null)
                .post("/articles?api_key=" + localKey, "application/json", "{\"body\": \"x\"}");
        assertEquals(400, inUrl.status());
        assertFalse(inUrl.body().toString().contains(localKey));
    }

    @Test
    @Order(4)
    void aKeyIsRotatedAndThenRevokedWhileTheStackRuns() throws Exception {
        Path keysFile = runDir.resolve("api-keys");
        String[] made = run(Stack.root().resolve("bin/api-key").toString(), "new", "local", "write").split("\n");
        String newKey = made[0].replaceFirst("^key: *", "");
        String entry = made[1].replaceFirst("^entry: *", "");
        keysUsed.add(newKey);
        assertEquals("local write " + ApiKeys.hash(newKey), entry, "bin/api-key hashes as the services do");

        // rotation: the new key is added beside the old one; both work, without a restart
        Files.writeString(keysFile, Files.readString(keysFile) + entry + "\n");
        IngestClient withNew = new IngestClient("http://localhost:" + ingestPort, newKey);
        IngestClient withOld = new IngestClient("http://localhost:" + ingestPort, localKey);
        Map<String, Object> article = Map.of("body", "Rotation day.");
        awaitTrue("the new key accepted", Duration.ofSeconds(15), () -> status(withNew, article) == 202);
        assertEquals(202, status(withOld, article), "the old key still works during the rotation");

        // revocation: the old key's entry is marked revoked
        String revoked = Files.readString(keysFile).replace("local write,read " + ApiKeys.hash(localKey),
                "local write,read " + ApiKeys.hash(localKey) + " revoked");
        Files.writeString(keysFile, revoked);
        awaitTrue("the old key refused", Duration.ofSeconds(15), () -> status(withOld, article) == 401);
        assertEquals("/problems/revoked-key", withOld.postArticle(article).body().get("type").asText());
        assertEquals(202, status(withNew, article));
    }

    @Test
    @Order(5)
    void noLogOfTheRunCarriesAKey() throws Exception {
        try (Stream<Path> files = Files.list(runDir)) {
            List<Path> logs = files.filter(p -> p.toString().endsWith(".log")).toList();
            assertEquals(4, logs.size(), "kafka, ingest, extract and story logs: " + logs);
            for (Path log : logs) {
                String text = read(log);
                for (String key : keysUsed) {
                    assertFalse(text.contains(key), log + " contains a key");
                    // nor a recognisable part of one
                    assertFalse(text.contains(key.substring(3, 23)), log + " contains part of a key");
                }
            }
        }
        assertTrue(read(runDir.resolve("ingest.log")).contains("Authentication is on: 1 key(s), 0 revoked, for "
                + "client(s) [local]"), "the ingest log says which clients, never which keys");
    }

    private static int status(IngestClient client, Map<String, Object> article) {
        try {
            return client.postArticle(article).status();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void awaitTrue(String what, Duration within, Supplier<Boolean> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(250);
        }
        fail("not " + what + " within " + within.toSeconds() + " s");
    }
}
