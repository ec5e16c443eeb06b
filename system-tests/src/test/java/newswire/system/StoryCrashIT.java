package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import newswire.contract.EnrichedArticle;
import newswire.contract.Json;
import newswire.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The story service is SIGKILLed in the middle of a stream of enriched events, a second instance joins while the
 * stream goes on, and the killed one comes back: in the compacted {@code stories} topic, read to its end, every
 * article is in exactly one story (none lost, none in two), and the query API of either instance answers with the
 * same stories.
 */
class StoryCrashIT {

    /** 50 made-up happenings, 4 outlets each: 200 enriched events. */
    private static final int EVENTS = 50;
    private static final int OUTLETS = 4;
    /** Killed once this many articles are in a published story: well inside the stream. */
    private static final int KILL_AFTER = 30;
    private static final long PAUSE_MS = 40;

    @Test
    void aKilledStoryServiceAndASecondInstanceLoseAndDuplicateNothing() throws Exception {
        List<EnrichedArticle> reports = InventedEvents.reports(EVENTS, OUTLETS);
        Set<String> articleIds = reports.stream().map(EnrichedArticle::articleId).collect(Collectors.toSet());
        try (Stack stack = Stack.startBrokerOnly();
             TopicReader topic = new TopicReader(stack.bootstrapServers(), Topics.STORIES)) {
            ServiceProcess first = stack.startStoryService();
            topic.readUntil(r -> false, Duration.ofSeconds(2)); // in the group before anything is out
            Thread feeder = new Thread(() -> feed(stack.bootstrapServers(), reports));
            feeder.start();

            int inStoriesAtKill = membership(topic.readUntil(r -> articlesIn(latest(r)) >= KILL_AFTER,
                    Duration.ofSeconds(90))).size();
            first.kill();
            long killed = System.nanoTime();
            boolean feedingAtKill = feeder.isAlive();
            // a second instance joins while the stream goes on, and the killed one comes back at the same time,
            // finding its local stores as it left them; both are ready once the group has settled without the dead
            // member (its session times out)
            ServiceProcess[] second = new ServiceProcess[1];
            Thread joining = new Thread(() -> second[0] = startAnother(stack));
            joining.start();
            first.start();
            joining.join();
            assertTrue(second[0] != null && second[0].isReady(), "the second instance is ready");
            double restartSeconds = (System.nanoTime() - killed) / 1e9;
            feeder.join();

            Map<String, List<String>> storiesOf = membership(topic.readUntil(
                    r -> membership(r).keySet().equals(articleIds) && allOnce(membership(r)), Duration.ofSeconds(120)));
            double recoverySeconds = (System.nanoTime() - killed) / 1e9;
            List<ConsumerRecord<String, byte[]>> records = topic.drain(Duration.ofSeconds(5)); // late rewrites
            Map<String, JsonNode> stories = latest(records);
            storiesOf = membership(records);

            Set<String> lost = new TreeSet<>(articleIds);
            lost.removeAll(storiesOf.keySet());
            Map<String, List<String>> inTwo = new TreeMap<>(storiesOf);
            inTwo.values().removeIf(s -> s.size() == 1);
            report(reports.size(), storiesOf.size(), lost.size(), inTwo.size(), recoverySeconds, String.format(
                    "killed with %d of %d articles in stories%s; a second instance joined; restart to ready %.1f s; "
                            + "%d stories (%d records) for %d made-up events", inStoriesAtKill, reports.size(),
                    feedingAtKill ? ", still feeding" : "", restartSeconds, nonEmpty(stories).size(), records.size(),
                    EVENTS));
            assertTrue(inStoriesAtKill < reports.size(), "the kill came mid-stream");
            assertEquals(Set.of(), lost, "every article is in a story");
            assertEquals(Map.of(), inTwo, "no article is in two stories");

            // each instance answers for every story, its own or the other's, as the topic has it
            apiAgrees(new StoryClient(first.url("")), nonEmpty(stories));
            apiAgrees(new StoryClient(second[0].url("")), nonEmpty(stories));
        }
    }

    private static ServiceProcess startAnother(Stack stack) {
        try {
            return stack.startStoryService();
        } catch (IOException e) {
            throw new IllegalStateException("the second story service did not start", e);
        }
    }

    /** Produces the events as the extract service would (key = article id), at a steady pace. */
    private static void feed(String bootstrapServers, List<EnrichedArticle> reports) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (EnrichedArticle report : reports) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED, report.articleId(),
                        Json.mapper().writeValueAsBytes(report))).get();
                Thread.sleep(PAUSE_MS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("feeding " + Topics.ENRICHED + " failed", e);
        }
    }

    /** The latest value of each story id; a tombstone (null value) removes the story. */
    private static Map<String, JsonNode> latest(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, JsonNode> stories = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                stories.remove(record.key());
            } else {
                try {
                    stories.put(record.key(), Json.mapper().readTree(record.value()));
                } catch (IOException e) {
                    throw new AssertionError("a story that is not JSON: " + record.key(), e);
                }
            }
        }
        return stories;
    }

    /** For each article, the stories whose latest version lists it. */
    private static Map<String, List<String>> membership(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<String>> storiesOf = new HashMap<>();
        latest(records).forEach((id, story) -> story.path("articles").forEach(article -> storiesOf
                .computeIfAbsent(article.path("articleId").asText(), a -> new java.util.ArrayList<>()).add(id)));
        return storiesOf;
    }

    private static boolean allOnce(Map<String, List<String>> storiesOf) {
        return storiesOf.values().stream().allMatch(s -> s.size() == 1);
    }

    private static int articlesIn(Map<String, JsonNode> stories) {
        return stories.values().stream().mapToInt(s -> s.path("articles").size()).sum();
    }

    private static Map<String, JsonNode> nonEmpty(Map<String, JsonNode> stories) {
        Map<String, JsonNode> kept = new TreeMap<>(stories);
        kept.values().removeIf(s -> s.path("articles").isEmpty());
        return kept;
    }

    /** GET /stories/{id} answers every story with the articles the topic has for it. */
    private static void apiAgrees(StoryClient api, Map<String, JsonNode> stories) throws InterruptedException {
        for (Map.Entry<String, JsonNode> story : stories.entrySet()) {
            Set<String> expected = articleIds(story.getValue());
            StoryClient.Answer answer = api.await("/stories/" + story.getKey(),
                    a -> articleIds(a.body()).equals(expected), Duration.ofSeconds(60));
            assertTrue(answer != null && articleIds(answer.body()).equals(expected), () -> "GET /stories/"
                    + story.getKey() + " lists " + expected + ", answered: " + (answer == null ? "nothing"
                    : answer.status() + " " + answer.text()));
        }
    }

    private static Set<String> articleIds(JsonNode story) {
        Set<String> ids = new TreeSet<>();
        story.path("articles").forEach(a -> ids.add(a.path("articleId").asText()));
        return ids;
    }

    private static void report(int fed, int inStories, int lost, int inTwo, double recoverySeconds, String notes) {
        // "enriched" is "in a story" here and "duplicates" "in two stories": the same ledger columns
        FaultReport.append("story SIGKILL mid-stream + second instance", fed, fed, inStories, 0, lost, inTwo,
                recoverySeconds, notes);
    }
}
