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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same end-to-end path on the official {@code apache/kafka} image through Testcontainers, for machines with
 * a Docker engine. Off unless asked for ({@code ./mvnw verify -Dnewswire.testcontainers=true}): auto-detection is
 * not used because a daemon that cannot reach a registry hangs on the image pull instead of failing.
 */
@EnabledIfSystemProperty(named = "newswire.testcontainers", matches = "true")
class DockerKafkaPipelineIT {

    @Test
    void aSeedArticleGoesThroughTheContainerBroker() throws Exception {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        kafka.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.getBootstrapServers()))) {
            admin.createTopics(NewswireTopics.all().entrySet().stream()
                    .map(t -> new NewTopic(t.getKey(), t.getValue(), (short) 1)).toList()).all().get();
        }
        try (Stack stack = Stack.onExternalBroker(kafka.getBootstrapServers(), kafka::stop)) {
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
                assertFalse(event.quotes().isEmpty());
                assertFalse(event.entities().isEmpty());
            }
        }
    }
}
