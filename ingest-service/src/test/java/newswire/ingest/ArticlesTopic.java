package newswire.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.Article;
import newswire.contract.Topics;
import newswire.contract.serde.ArticleDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the articles topic the way any subscriber would: a plain KafkaConsumer and the contract's deserializer. */
final class ArticlesTopic {

    private ArticlesTopic() {
    }

    /** The record at exactly this partition and offset, as stored by the broker. */
    static ConsumerRecord<String, Article> recordAt(int partition, long offset) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerTestResource.broker().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, Article> consumer =
                     new KafkaConsumer<>(settings, new StringDeserializer(), new ArticleDeserializer())) {
            TopicPartition topicPartition = new TopicPartition(Topics.ARTICLES, partition);
            consumer.assign(List.of(topicPartition));
            consumer.seek(topicPartition, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, Article> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
        }
        return fail("no record at " + Topics.ARTICLES + "-" + partition + " offset " + offset);
    }
}
