package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newswire.apikeys.ApiKeys;
import newswire.broker.KafkaBrokerConfig;
import newswire.contract.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A user's day with {@code docker compose}, on a real Docker engine and the real docker-compose.yml: the stack is
 * built and comes up healthy; a push without an API key is refused; the two seed reports are pushed over HTTP with
 * the key and read back enriched from the host with kcat and over SSE, and the story service shows them as one
 * story with both outlets; the broker is restarted and everything recovers by itself; the stack is taken down and
 * up again and the records and the story are still there; {@code down -v} leaves nothing behind. Each step is timed
 * (target/compose-report.md). It runs as its own compose project on free host ports (INGEST_PORT, EXTRACT_PORT,
 * STORY_PORT, KAFKA_PORT), so a user's own stack is never touched. Skipped, with the reason, where no Docker engine
 * answers.
 *
 * <p>The key is made for this run, as bin/stack makes one, and handed to compose the way the README tells a user to:
 * its entry in {@code NEWSWIRE_AUTH_KEYS}, from the environment (which wins over a value in the user's .env).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerComposeIT {

    private static final String PROJECT = "newswire-compose-it";
    private static final List<String> SEEDS = List.of("000_fa99ea874707490e.txt", "003_f5e85036511817fa.txt");
    private static final List<String> LONG_RUNNING = List.of("kafka", "ingest", "extract", "story");
    /** The outlet each seed is pushed as: two outlets' reports of one event. */
    private static final Map<String, String> OUTLETS = Map.of(SEEDS.get(0), "Reuters", SEEDS.get(1), "Outlet B");
    private static final String REFUSED_ID = "pushed-without-a-key";

    private static final int INGEST_PORT = KafkaBrokerConfig.freePort();
    private static final int EXTRACT_PORT = KafkaBrokerConfig.freePort();
    private static final int STORY_PORT = KafkaBrokerConfig.freePort();
    private static final int KAFKA_PORT = KafkaBrokerConfig.freePort();
    private static final String BROKER = "localhost:" + KAFKA_PORT;
    private static final String KAFKA_DATA = PROJECT + "_kafka-data";
    /** The story service's local stores: named, so kept by `down` like kafka-data. */
    private static final String STORY_STATE = PROJECT + "_story-state";
    private static final String CLIENT = "compose-it";
    private static final String API_KEY = ApiKeys.generate();

    private static Compose compose;
    private static ComposeReport report;
    private static boolean stackUp;
    private static final Map<String, String> seedIds = new LinkedHashMap<>();
    private static final List<String> idsPushed = new ArrayList<>();

    @BeforeAll
    static void aDockerEngineComposeAndKcatAnswer() {
        String engine = DockerEngine.assumeAvailable("DockerComposeIT");
        Kcat.assumeInstalled();
        compose = Compose.find(PROJECT, Map.of("INGEST_PORT", String.valueOf(INGEST_PORT),
                "EXTRACT_PORT", String.valueOf(EXTRACT_PORT), "STORY_PORT", String.valueOf(STORY_PORT),
                "KAFKA_PORT", String.valueOf(KAFKA_PORT),
                "NEWSWIRE_AUTH_KEYS", CLIENT + " write " + ApiKeys.hash(API_KEY)));
        report = new ComposeReport(engine, compose.describe());
        compose.run(Duration.ofMinutes(2), "down", "-v", "--remove-orphans"); // what an aborted run left behind
    }

    @AfterAll
    static void nothingIsLeftRunning() {
        if (compose != null) {
            if (!compose.containers().isEmpty()) {
                compose.run(Duration.ofMinutes(2), "down", "-v", "--remove-orphans");
            }
            report.write();
        }
    }

    @Test
    @Order(1)
    void upBuildsBothServicesAndEverythingBecomesHealthy() {
        Command.Result up = compose.run(Duration.ofMinutes(20), "up", "--build", "-d");
        assertTrue(up.succeeded(), up::describe);
        // build steps other than FROM (the classic builder prints "Step 3/27 : ...", BuildKit "#5 [build 3/12] ...")
        long steps = up.output().lines().filter(l -> l.matches("(?i).*\\bstep \\d+/\\d+ : .*|#\\d+ \\[.*"))
                .filter(l -> !l.contains("FROM")).count();
        long cached = up.output().lines().filter(l -> l.contains("Using cache") || l.contains("CACHED")).count();
        report.step("`up --build -d`", up.took(),
                cached + " of " + steps + " build steps from the layer cache");

        Duration healthy = compose.awaitHealthy(Duration.ofMinutes(5), LONG_RUNNING.toArray(String[]::new));
        report.step("kafka, ingest, extract, story healthy", up.took().plus(healthy),
                "from the start of `up`; " + healthy.toSeconds() + " s after it returned");
        assertEquals("exited:0", compose.state("kafka-topics"), "kafka-topics created the topics and exited");
        stackUp = true;

        for (String image : List.of("newswire/ingest-service", "newswire/extract-service",
                "newswire/story-service")) {
            String bytes = Command.of("docker", "image", "inspect", "-f", "{{.Size}}", image)
                    .run(Duration.ofSeconds(30)).output().strip();
            report.fact("image " + image, Math.round(Long.parseLong(bytes) / 1e6) + " MB");
        }
    }

    @Test
    @Order(2)
    void aPushWithoutAKeyIsRefused() throws Exception {
        assumeTrue(stackUp, "the stack did not come up");
        IngestClient anonymous = new IngestClient("http://localhost:" + INGEST_PORT, null);
        IngestClient.Answer answer = anonymous.postArticle(Map.of("id", REFUSED_ID,
                "body", "\"Nobody checked this,\" said a stranger."));
        assertEquals(401, answer.status(), () -> "without a key: " + answer.body());
        assertEquals("/problems/missing-credential", answer.body().get("type").asText());
        assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer"), answer.header("WWW-Authenticate"));
        report.step("POST without a key → 401", Duration.ofMillis(answer.millis()), "");
    }

    @Test
    @Order(3)
    void theSeedReportsPushedOverHttpComeOutEnrichedToKcatAndOverSse() throws Exception {
        assumeTrue(stackUp, "the stack did not come up");
        IngestClient ingest = new IngestClient("http://localhost:" + INGEST_PORT, API_KEY);
        try (SseListener sse = SseListener.open("http://localhost:" + EXTRACT_PORT + "/enriched/stream")) {
            long posted = System.nanoTime();
            for (String seed : SEEDS) {
                IngestClient.Answer answer = ingest.postArticle(Map.of("body",
                        SeedArticlesPipelineIT.resource("seeds/" + seed), "source", OUTLETS.get(seed),
                        "language", "en"));
                assertEquals(202, answer.status(), () -> "POST answered " + answer.body());
                seedIds.put(seed, answer.body().get("id").asText());
            }
            idsPushed.addAll(seedIds.values());

            List<Kcat.Event> events = Kcat.readUntil(BROKER, Topics.ENRICHED, e -> keys(e).containsAll(idsPushed),
                    Duration.ofSeconds(120));
            report.step("2 seeds POSTed → both enriched, read by kcat on the host",
                    Duration.ofNanos(System.nanoTime() - posted), "kcat -b " + BROKER);
            assertTrue(keys(events).containsAll(idsPushed), "kcat read both seeds enriched: " + keys(events));
            for (Kcat.Event event : events) {
                assertEquals(event.key(), event.value().get("articleId").asText(), "key = articleId");
                assertEquals(CLIENT, event.value().path("ingestedBy").asText(), "ingested by the key's client");
                assertFalse(event.value().get("quotes").isEmpty(), event.key() + " has quotes");
                assertFalse(event.value().get("entities").isEmpty(), event.key() + " has entities");
            }
            String seed000 = events.stream().filter(e -> e.key().equals(seedIds.get(SEEDS.get(0)))).findFirst()
                    .orElseThrow().value().get("entities").toString();
            assertTrue(seed000.contains("\"name\":\"John Kerry\""), "the extractor in the image found John Kerry");

            assertTrue(sse.await(data -> idsPushed.stream().allMatch(id -> String.join("\n", data).contains(id)),
                    Duration.ofSeconds(30)), "the SSE stream carried both events: " + sse.data().size() + " lines");
        }
        long storiesAsked = System.nanoTime();
        JsonNode story = storyOfTheSeeds(Duration.ofSeconds(90));
        report.step("both seeds in one story at GET /stories", Duration.ofNanos(System.nanoTime() - storiesAsked),
                "after they were enriched; story " + story.path("id").asText());
        // refused before the seeds were accepted, so it would be on the topic by now had it been published
        assertFalse(keys(Kcat.readAll(BROKER, Topics.ARTICLES)).contains(REFUSED_ID), "the refused push is not on "
                + Topics.ARTICLES);
        List<String> argv = new ArrayList<>(List.of("docker", "stats", "--no-stream", "--format",
                "{{.Name}} {{.MemUsage}}"));
        LONG_RUNNING.forEach(service -> argv.addAll(compose.containers(service)));
        report.fact("memory after the seeds", new Command(argv, Map.of()).run(Duration.ofSeconds(60)).output()
                .strip().replace("\n", "; "));
    }

    @Test
    @Order(4)
    void theBrokerKeepsItsLogsInTheKafkaDataVolume() {
        assumeTrue(stackUp, "the stack did not come up");
        String kafka = compose.containers("kafka").get(0);
        String volume = Command.of("docker", "inspect", "-f", "{{range .Mounts}}{{if eq .Destination "
                + "\"/var/lib/kafka/data\"}}{{.Name}}{{end}}{{end}}", kafka).run(Duration.ofSeconds(30))
                .output().strip();
        assertEquals(KAFKA_DATA, volume, "the named volume is mounted at /var/lib/kafka/data");
        String files = Command.of("docker", "exec", kafka, "ls", "/var/lib/kafka/data").run(Duration.ofSeconds(30))
                .output();
        assertTrue(files.contains("meta.properties") && files.contains(Topics.ENRICHED + "-0"),
                "the broker's logs are in the volume, not in the container: " + files.replace('\n', ' '));
    }

    @Test
    @Order(5)
    void afterRestartKafkaTheServicesRecoverByThemselves() throws Exception {
        assumeTrue(stackUp, "the stack did not come up");
        long restarted = System.nanoTime();
        Command.Result restart = compose.run(Duration.ofMinutes(2), "restart", "kafka");
        assertTrue(restart.succeeded(), restart::describe);
        report.step("`restart kafka` → kafka healthy",
                restart.took().plus(compose.awaitHealthy(Duration.ofMinutes(3), "kafka")), "");

        IngestClient ingest = new IngestClient("http://localhost:" + INGEST_PORT, API_KEY);
        Map<String, Object> article = Map.of("body", "\"We are back,\" said Olaf Scholz in Berlin.",
                "url", "https://example.com/after-restart");
        IngestClient.Answer answer = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                answer = ingest.postArticle(article);
                if (answer.status() == 202) {
                    break;
                }
            } catch (IOException e) {
                // the service itself is fine; the answer is a 503 while the broker is away, this only if it is not
            }
            Stack.sleep(1000);
        }
        IngestClient.Answer last = answer;
        assertTrue(last != null && last.status() == 202, () -> "ingest accepts again after the restart; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
        report.step("`restart kafka` → ingest answers 202 again", Duration.ofNanos(System.nanoTime() - restarted),
                "");
        idsPushed.add(answer.body().get("id").asText());

        List<Kcat.Event> events = Kcat.readUntil(BROKER, Topics.ENRICHED, e -> keys(e).containsAll(idsPushed),
                Duration.ofSeconds(120));
        report.step("`restart kafka` → extract enriches again", Duration.ofNanos(System.nanoTime() - restarted),
                "the seeds pushed before the restart are still there");
        assertTrue(keys(events).containsAll(idsPushed), "enriched after the restart, earlier ones kept: "
                + keys(events));
        for (String service : List.of("ingest", "extract", "story")) {
            assertEquals("healthy", compose.state(service), service + " is healthy again");
        }
    }

    @Test
    @Order(6)
    void downThenUpKeepsEveryRecord() throws InterruptedException {
        assumeTrue(stackUp, "the stack did not come up");
        Set<String> volumes = mountedVolumes();
        int recordsBefore = Kcat.readAll(BROKER, Topics.ENRICHED).size();
        Command.Result down = compose.run(Duration.ofMinutes(3), "down");
        assertTrue(down.succeeded(), down::describe);
        report.step("`down` (volume kept)", down.took(), "");
        assertTrue(compose.containers().isEmpty(), "down removed the containers");
        for (String volume : volumes) {
            boolean named = volume.equals(KAFKA_DATA) || volume.equals(STORY_STATE);
            assertEquals(named, volumeExists(volume), named ? "down keeps the named volume " + volume
                    : "down leaves no anonymous volume behind: " + volume);
        }

        Command.Result up = compose.run(Duration.ofMinutes(5), "up", "-d");
        assertTrue(up.succeeded(), up::describe);
        Duration healthy = compose.awaitHealthy(Duration.ofMinutes(5), LONG_RUNNING.toArray(String[]::new));
        report.step("`up -d` again → all healthy", up.took().plus(healthy), "no build: the images exist");

        List<Kcat.Event> events = Kcat.readUntil(BROKER, Topics.ENRICHED, e -> keys(e).containsAll(idsPushed),
                Duration.ofSeconds(60));
        assertTrue(keys(events).containsAll(idsPushed), "every enriched record survived down + up: found "
                + keys(events) + ", expected " + idsPushed);
        storyOfTheSeeds(Duration.ofSeconds(60)); // and the story service still shows the story
        // the consumer offsets are in the volume too: the extract service goes on where it stopped, it does not
        // enrich the old articles again (it would have done so within these seconds)
        Stack.sleep(10_000);
        int recordsAfter = Kcat.readAll(BROKER, Topics.ENRICHED).size();
        assertEquals(recordsBefore, recordsAfter, "no article enriched again after down + up");
        report.fact("records after `down` + `up`", recordsAfter + " enriched records for " + idsPushed.size()
                + " articles, as many as before `down`: none enriched again");
    }

    @Test
    @Order(7)
    void downWithVolumesLeavesNoContainerVolumeOrNetwork() {
        assumeTrue(stackUp, "the stack did not come up");
        Set<String> volumes = mountedVolumes();
        assertEquals(Set.of(KAFKA_DATA, STORY_STATE), volumes, "the stack's only volumes are kafka-data and "
                + "story-state");

        Command.Result down = compose.run(Duration.ofMinutes(3), "down", "-v");
        assertTrue(down.succeeded(), down::describe);
        report.step("`down -v`", down.took(), "deletes " + String.join(", ", volumes));
        assertTrue(compose.containers().isEmpty(), "no container left");
        assertFalse(volumeExists(KAFKA_DATA), KAFKA_DATA + " deleted");
        assertFalse(volumeExists(STORY_STATE), STORY_STATE + " deleted");
        assertFalse(Command.of("docker", "network", "inspect", PROJECT + "_default").run(Duration.ofSeconds(30))
                .succeeded(), "the project's network deleted");
    }

    /**
     * Asks the story service's GET /stories until one story lists both seeds; checks it is the only story with
     * either of them and that it names both outlets.
     */
    private static JsonNode storyOfTheSeeds(Duration timeout) throws InterruptedException {
        StoryClient stories = new StoryClient("http://localhost:" + STORY_PORT);
        StoryClient.Answer answer = stories.await("/stories?page=0&size=50", a -> withSeeds(a.body()).stream()
                .anyMatch(s -> articleIds(s).containsAll(idsPushed.subList(0, 2))), timeout);
        assertTrue(answer != null, "the story service answered GET /stories");
        List<JsonNode> withSeeds = withSeeds(answer.body());
        assertEquals(1, withSeeds.size(), "one story holds the seeds: " + answer.text());
        JsonNode story = withSeeds.get(0);
        assertTrue(articleIds(story).containsAll(idsPushed.subList(0, 2)), "both seeds: " + story);
        List<String> outlets = new ArrayList<>();
        story.path("outlets").forEach(o -> outlets.add(o.asText()));
        assertTrue(outlets.containsAll(OUTLETS.values()), "both outlets: " + outlets);
        return story;
    }

    /** The stories of an answer (objects with an articles list, wherever the page puts them) holding a seed. */
    private static List<JsonNode> withSeeds(JsonNode answer) {
        List<JsonNode> found = new ArrayList<>();
        List<String> seeds = idsPushed.subList(0, 2);
        answer.findParents("articles").forEach(story -> {
            if (articleIds(story).stream().anyMatch(seeds::contains)) {
                found.add(story);
            }
        });
        return found;
    }

    private static Set<String> articleIds(JsonNode story) {
        Set<String> ids = new java.util.TreeSet<>();
        story.path("articles").forEach(a -> ids.add(a.path("articleId").asText()));
        return ids;
    }

    /** The volumes mounted into the project's containers, named or anonymous. */
    private static Set<String> mountedVolumes() {
        return compose.containers().stream().flatMap(id -> Command.of("docker", "inspect", "-f",
                        "{{range .Mounts}}{{if eq .Type \"volume\"}}{{.Name}} {{end}}{{end}}", id)
                        .run(Duration.ofSeconds(30)).output().strip().lines().flatMap(l -> Stream.of(l.split(" "))))
                .filter(v -> !v.isBlank()).collect(Collectors.toSet());
    }

    private static boolean volumeExists(String name) {
        return Command.of("docker", "volume", "inspect", name).run(Duration.ofSeconds(30)).succeeded();
    }

    private static Set<String> keys(List<Kcat.Event> events) {
        return events.stream().map(Kcat.Event::key).collect(Collectors.toSet());
    }
}
