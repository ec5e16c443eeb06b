package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import newswire.broker.NewswireTopics;
import newswire.contract.EnrichedArticle;
import newswire.contract.Topics;
import newswire.contract.serde.EnrichedArticleDeserializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same end-to-end path on the {@code apache/kafka} image through Testcontainers. Runs where a Docker engine
 * answers (skipped with the reason elsewhere); {@code -Dnewswire.testcontainers=false} turns it off, e.g. on a
 * machine whose engine cannot pull the image. Testcontainers starts its reaper container (Ryuk) to remove what a
 * crashed run leaves; where no registry can be reached that image cannot be pulled, and there, and only there,
 * {@code TESTCONTAINERS_RYUK_DISABLED=true} turns it off (.ci/run does): this test stops its container itself.
 */
@DisabledIfSystemProperty(named = "newswire.testcontainers", matches = "false")
class DockerKafkaPipelineIT {

    @Test
    void aSeedArticleGoesThroughTheContainerBroker() throws Exception {
        DockerEngine.assumeAvailable("DockerKafkaPipelineIT");
        try (KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1")) {
            kafka.start();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.getBootstrapServers()))) {
                admin.createTopics(NewswireTopics.all().entrySet().stream()
                        .map(t -> new NewTopic(t.getKey(), t.getValue(), (short) 1)).toList()).all().get();
            }
            try (Stack stack = Stack.onExternalBroker(kafka.getBootstrapServers(), () -> { })) {
                stack.startIngest();
                stack.startExtractor();
                IngestClient.Answer answer = stack.ingestClient().postArticle(Map.of(
                        "id", "seed-000", "body", SeedArticlesPipelineIT.resource("seeds/000_fa99ea874707490e.txt")));
                assertEquals(202, answer.status());
                try (TopicReader reader = new TopicReader(stack.bootstrapServers(), Topics.ENRICHED);
                     var deserializer = new EnrichedArticleDeserializer()) {
                    var records = reader.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(90));
                    EnrichedArticle event = deserializer.deserialize(Topics.ENRICHED, records.get(0).value());
                    assertEquals("seed-000", event.articleId());
                    assertEquals(Stack.CLIENT, event.ingestedBy(), "pushed with the stack's key");
                    assertFalse(event.quotes().isEmpty());
                    assertFalse(event.entities().isEmpty());
                }
            }
        }
    }
}
