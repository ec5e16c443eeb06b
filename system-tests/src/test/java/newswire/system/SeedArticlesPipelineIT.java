package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.contract.Json;
import newswire.contract.Mention;
import newswire.contract.QuoteRecord;
import newswire.contract.SpeakerKind;
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
 * A newsroom's day one: the two seed reports of the same event are pushed over HTTP, go through a real broker
 * and the extract service, and come out enriched, to a Java subscriber, to an SSE client and to kcat.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedArticlesPipelineIT {

    private static Stack stack;
    private static final Map<String, String> seedIds = new HashMap<>();
    private static final Map<String, EnrichedArticle> enriched = new HashMap<>();
    private static final List<String> sseLines = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startTheStack() throws Exception {
        stack = Stack.start();
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void pushedSeedsComeOutEnrichedForAJavaSubscriber() throws Exception {
        Thread sse = listenToSse();
        try (TopicReader reader = new TopicReader(stack.bootstrapServers(), Topics.ENRICHED)) {
            reader.readUntil(r -> false, Duration.ofSeconds(2)); // join the group before anything is published
            long posted = System.nanoTime();
            for (String seed : List.of("000_fa99ea874707490e.txt", "003_f5e85036511817fa.txt")) {
                IngestClient.Answer answer = stack.ingestClient().postArticle(Map.of(
                        "body", resource("seeds/" + seed), "source", "seed", "language", "en"));
                assertEquals(202, answer.status(), () -> "POST answered " + answer.body());
                assertEquals(Topics.ARTICLES, answer.body().get("topic").asText());
                assertTrue(answer.body().get("offset").asLong() >= 0);
                seedIds.put(seed.substring(0, 3), answer.body().get("id").asText());
            }
            var records = reader.readUntil(r -> r.size() >= 2, Duration.ofSeconds(60));
            long latencyMs = (System.nanoTime() - posted) / 1_000_000;
            System.out.printf("MEASURED post-to-enriched latency for 2 seed articles: %d ms%n", latencyMs);
            try (var deserializer = new EnrichedArticleDeserializer()) {
                for (ConsumerRecord<String, byte[]> record : records) {
                    EnrichedArticle event = deserializer.deserialize(Topics.ENRICHED, record.value());
                    assertEquals(record.key(), event.articleId(), "the key is the article id");
                    enriched.put(event.articleId(), event);
                }
            }
        }
        EnrichedArticle seed000 = enriched.get(seedIds.get("000"));
        EnrichedArticle seed003 = enriched.get(seedIds.get("003"));
        assertNotNull(seed000, "seed 000 enriched");
        assertNotNull(seed003, "seed 003 enriched");
        assertEquals(resource("seeds/000_fa99ea874707490e.txt"), seed000.body());
        assertEquals(1, seed000.schemaVersion());
        assertNotNull(seed000.extractor());
        assertEquals(Stack.CLIENT, seed000.ingestedBy(), "the event says which client pushed the text");
        assertNotNull(seed000.receivedAt());

        everyOffsetIndexesTheBody(seed000);
        everyOffsetIndexesTheBody(seed003);

        EntityRecord kerry = entity(seed000, "John Kerry", EntityType.PERSON);
        assertTrue(kerry.mentions().stream().filter(m -> m.text().equals("Kerry")).count() >= 3,
                "the surname mentions join the full name: " + kerry.mentions());
        entity(seed003, "Barack Obama", EntityType.PERSON);
        entity(seed000, "Cairo", EntityType.LOCATION);

        QuoteRecord noCountry = quote(seed000, "No country can stand by when rockets are attacking it.");
        assertEquals("John Kerry", noCountry.speaker().name(), "a follow-on quote keeps Kerry as its speaker");
        QuoteRecord addedQuote = quote(seed000, "But always, in any kind of conflict");
        assertEquals("John Kerry", addedQuote.speaker().name(), "\"he added\" resolves to Kerry");
        QuoteRecord official = quote(seed000, "Our goal is to achieve a cessation of hostilities");
        assertEquals(SpeakerKind.DESCRIPTION, official.speaker().kind());
        assertTrue(official.speaker().name().contains("State Department official"), official.speaker().name());
        QuoteRecord obama = quote(seed003, "The work will not be easy.");
        assertEquals("Barack Obama", obama.speaker().name());

        sse.join(TimeUnit.SECONDS.toMillis(20));
        String ids = String.join("\n", sseLines);
        assertTrue(ids.contains(seedIds.get("000")) && ids.contains(seedIds.get("003")),
                "the SSE stream carried both events: " + sseLines.size() + " lines");
    }

    @Test
    @Order(2)
    void theSamePushAgainKeepsItsIdAndKey() throws Exception {
        IngestClient.Answer again = stack.ingestClient().postArticle(Map.of(
                "body", resource("seeds/000_fa99ea874707490e.txt"), "source", "seed", "language", "en"));
        assertEquals(202, again.status());
        assertEquals(seedIds.get("000"), again.body().get("id").asText());
    }

    @Test
    @Order(3)
    void kcatReadsTheEnrichedTopicAsPlainJson() throws Exception {
        boolean haveKcat = new ProcessBuilder("sh", "-c", "command -v kcat").start().waitFor() == 0;
        if (!haveKcat && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("kcat is required in CI (bin/ensure-kcat installs it)");
        }
        assumeTrue(haveKcat, "kcat not installed: apt-get install -y kcat");
        Process kcat = new ProcessBuilder("kcat", "-C", "-b", stack.bootstrapServers(), "-t", Topics.ENRICHED,
                "-o", "beginning", "-e", "-q", "-f", "%k\t%s\n").redirectErrorStream(false).start();
        String out = new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kcat.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, kcat.exitValue(), new String(kcat.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            JsonNode event = Json.mapper().readTree(line.substring(tab + 1));
            assertEquals(line.substring(0, tab), event.get("articleId").asText(), "kcat sees key = articleId");
            events.add(event);
        }
        assertTrue(events.stream().anyMatch(e -> e.get("articleId").asText().equals(seedIds.get("000"))
                && e.get("quotes").size() > 0 && e.get("entities").size() > 0), "kcat read seed 000 with its facts");
        System.out.printf("kcat read %d enriched events as plain JSON%n", events.size());
    }

    @Test
    @Order(4)
    void aCorrectionPushedRightAfterTheOriginalIsTheLatestRecordForItsKey() throws Exception {
        int articles = 12;
        for (int i = 0; i < articles; i++) {
            for (String version : List.of("first version", "corrected version")) {
                IngestClient.Answer answer = stack.ingestClient().postArticle(Map.of("id", "correction-" + i,
                        "body", "Mayor Ann Lee said the bridge would reopen on Monday (" + version + ")."));
                assertEquals(202, answer.status());
            }
        }
        Map<String, String> latestBody = new HashMap<>();
        try (TopicReader reader = new TopicReader(stack.bootstrapServers(), Topics.ENRICHED);
             var deserializer = new EnrichedArticleDeserializer()) {
            var records = reader.readUntil(r -> r.stream().filter(x -> x.key().startsWith("correction-")).count()
                    >= 2L * articles, Duration.ofSeconds(60));
            // records of one key share a partition, and a reader sees a partition in offset order
            for (ConsumerRecord<String, byte[]> record : records) {
                if (record.key().startsWith("correction-")) {
                    latestBody.put(record.key(), deserializer.deserialize(Topics.ENRICHED, record.value()).body());
                }
            }
        }
        assertEquals(articles, latestBody.size());
        latestBody.forEach((id, body) -> assertTrue(body.contains("corrected version"),
                id + " ends with the correction, not: " + body));
    }

    private static Thread listenToSse() throws InterruptedException {
        Thread thread = new Thread(() -> {
            try {
                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(stack.extractor().url("/enriched/stream")))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("data:")) {
                            sseLines.add(line);
                            if (sseLines.size() >= 2) {
                                return;
                            }
                        }
                    }
                }
            } catch (IOException | InterruptedException e) {
                sseLines.add("error: " + e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        Thread.sleep(1000); // the stream is subscribed before anything is pushed
        return thread;
    }

    private static void everyOffsetIndexesTheBody(EnrichedArticle event) {
        for (EntityRecord entity : event.entities()) {
            for (Mention m : entity.mentions()) {
                assertEquals(m.text(), event.body().substring(m.start(), m.end()), "mention of " + entity.name());
            }
        }
        for (QuoteRecord quote : event.quotes()) {
            assertEquals(quote.text(), event.body().substring(quote.start(), quote.end()), "quote " + quote.id());
        }
    }

    private static EntityRecord entity(EnrichedArticle event, String name, EntityType type) {
        return event.entities().stream().filter(e -> e.name().equals(name) && e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + event.entities().stream()
                        .map(e -> e.name() + "/" + e.type()).toList()));
    }

    private static QuoteRecord quote(EnrichedArticle event, String opening) {
        return event.quotes().stream().filter(q -> q.text().startsWith(opening)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote opening with " + opening));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SeedArticlesPipelineIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
