package newswire.benchmarks.stories;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import newswire.contract.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A subscriber of the {@code stories} topic, as a real one would read it (committed records only), noting when
 * each article first appears as a member of a story; the delay of an article is that instant minus the instant it
 * was produced to {@code articles.enriched}.
 */
public final class StoriesWatcher implements AutoCloseable {

    private final Map<String, Long> firstSeenNanos = new ConcurrentHashMap<>();
    private final Map<String, String> latestStoryOf = new ConcurrentHashMap<>();
    private final Map<String, Integer> latestSizeByStory = new ConcurrentHashMap<>();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Exception failure;

    public StoriesWatcher(String bootstrap, String topic, int partitions) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024));
        thread = new Thread(() -> run(props, topic, partitions), "stories-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Properties props, String topic, int partitions) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> all = java.util.stream.IntStream.range(0, partitions)
                    .mapToObj(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    records.incrementAndGet();
                    if (record.value() == null) {
                        latestSizeByStory.remove(record.key());
                        continue;
                    }
                    bytes.addAndGet(record.value().length);
                    latestSizeByStory.put(record.key(), record.value().length);
                    for (JsonNode member : Json.mapper().readTree(record.value()).path("articles")) {
                        firstSeenNanos.putIfAbsent(member.path("articleId").asText(), now);
                        latestStoryOf.put(member.path("articleId").asText(), record.key());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
    }

    /** When the article was first seen in a story (System.nanoTime), or null. */
    public Long firstSeen(String articleId) {
        return firstSeenNanos.get(articleId);
    }

    /** The story whose latest record on the topic listed the article last, or null. */
    public String storyOf(String articleId) {
        return latestStoryOf.get(articleId);
    }

    public int articlesSeen() {
        return firstSeenNanos.size();
    }

    public long records() {
        return records.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public int stories() {
        return latestSizeByStory.size();
    }

    /** Bytes of the latest version of every story: what the compacted topic holds once compaction has run. */
    public long latestBytes() {
        return latestSizeByStory.values().stream().mapToLong(Integer::longValue).sum();
    }

    public Exception failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
