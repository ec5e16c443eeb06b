package newswire.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void aRecordWrittenBeforeARestartIsReadAfterIt() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(KafkaBrokerConfig.forTests())) {
            broker.createTopics(Map.of("t", 2));
            try (var producer = new KafkaProducer<>(producerProps(broker), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "k", "before restart")).get();
            }
            broker.restart();
            assertTrue(broker.isRunning());
            List<String> values = readAll(broker, "t");
            assertEquals(List.of("before restart"), values);
        }
    }

    @Test
    void creatingTopicsTwiceIsHarmless() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(KafkaBrokerConfig.forTests())) {
            broker.createTopics(NewswireTopics.all());
            broker.createTopics(NewswireTopics.all());
            broker.stop();
            assertFalse(broker.isRunning());
        }
    }

    @Test
    void theStoriesTopicIsCompacted() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(KafkaBrokerConfig.forTests());
             var admin = org.apache.kafka.clients.admin.Admin.create(Map.<String, Object>of(
                     "bootstrap.servers", broker.bootstrapServers()))) {
            broker.createTopics(NewswireTopics.all());
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "stories");
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertEquals("compact", config.get("cleanup.policy").value());
        }
    }

    private static Properties producerProps(KafkaBroker broker) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }

    private static List<String> readAll(KafkaBroker broker, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    return java.util.stream.StreamSupport.stream(records.spliterator(), false)
                            .map(ConsumerRecord::value).toList();
                }
            }
            return List.of();
        }
    }
}
