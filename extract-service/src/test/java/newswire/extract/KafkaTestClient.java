package newswire.extract;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients against the test broker: what a user of the topics would run. */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    public static String bootstrapServers() {
        return KafkaBrokerTestResource.broker().bootstrapServers();
    }

    /** Sends one record and waits for the broker's ack, returning where it landed. */
    public static RecordMetadata produce(String topic, String key, byte[] value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }

    /**
     * Reads the whole topic from the beginning until {@code count} records match, or fails after the timeout.
     * Reading everything (rather than from "now") means a record written before this call is never missed.
     */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, Predicate<ConsumerRecord<String, byte[]>> wanted,
                                                                    int count, Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = fromTheBeginning(topic)) {
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.test(record)) {
                        found.add(record);
                    }
                }
            }
            if (found.size() < count) {
                throw new AssertionError("expected " + count + " matching records on " + topic + " within "
                        + timeout + ", found " + found.size());
            }
            return found;
        }
    }

    /** A group-less consumer assigned every partition of the topic, positioned at the beginning. */
    private static KafkaConsumer<String, byte[]> fromTheBeginning(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** Every record of the topic written so far (up to the end offsets at call time) that matches. */
    public static List<ConsumerRecord<String, byte[]>> recordsSoFar(String topic,
                                                                     Predicate<ConsumerRecord<String, byte[]>> wanted) {
        try (KafkaConsumer<String, byte[]> consumer = fromTheBeginning(topic)) {
            List<TopicPartition> partitions = List.copyOf(consumer.assignment());
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.test(record) && record.offset() < end.get(new TopicPartition(topic, record.partition()))) {
                        found.add(record);
                    }
                }
            }
            return found;
        }
    }

    public static ConsumerRecord<String, byte[]> awaitRecordWithKey(String topic, String key, Duration timeout) {
        return awaitRecords(topic, r -> key.equals(r.key()), 1, timeout).get(0);
    }

    /** Committed offset of a consumer group per partition of a topic (0 where nothing is committed). */
    public static Map<Integer, Long> committedOffsets(String groupId, String topic) {
        try (Admin admin = admin()) {
            var committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            return committed.entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The offset the next record of each partition of a topic would get. */
    public static Map<Integer, Long> endOffsets(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue));
        }
    }

    /** Whether some consumer group whose id starts with the prefix has a member with partitions assigned. */
    public static boolean groupHasAssignedMember(String groupIdPrefix) {
        try (Admin admin = admin()) {
            List<String> groups = admin.listGroups().all().get().stream()
                    .map(g -> g.groupId()).filter(id -> id.startsWith(groupIdPrefix)).toList();
            if (groups.isEmpty()) {
                return false;
            }
            return admin.describeConsumerGroups(groups).all().get().values().stream()
                    .flatMap(g -> g.members().stream())
                    .anyMatch(m -> !m.assignment().topicPartitions().isEmpty());
        } catch (Exception e) {
            return false;
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }
}
