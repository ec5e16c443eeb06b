package newswire.stories.streams;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import newswire.contract.Topics;
import newswire.stories.model.Story;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Feeds the live stream from the {@code stories} topic itself: every partition, committed records only. So a
 * client of any instance sees every story update of every instance, and never a version that exactly-once
 * processing later aborted (the processor's own output could be).
 */
@ApplicationScoped
public class StoriesFeed {

    private static final Logger LOG = Logger.getLogger(StoriesFeed.class);

    private final StoryBroadcaster broadcaster;
    private final Map<String, Object> clientConfig;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile KafkaConsumer<String, Story> consumer;
    private Thread thread;
    private volatile boolean positioned;

    public StoriesFeed(StoryBroadcaster broadcaster, Config all,
                       @ConfigProperty(name = "quarkus.kafka-streams.bootstrap-servers") String bootstrap) {
        this.broadcaster = broadcaster;
        this.clientConfig = KafkaClientConfig.of(all, bootstrap);
    }

    void start(@Observes StartupEvent event) {
        running.set(true);
        thread = new Thread(this::run, "stories-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running.set(false);
        KafkaConsumer<String, Story> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(5000);
        }
    }

    /** Whether the feed is reading: every story update committed from now on reaches the stream's clients. */
    public boolean isPositioned() {
        return positioned;
    }

    /** Reads until stopped; a failure (broker gone for long, say) is logged and the feed starts over. */
    private void run() {
        while (running.get()) {
            try {
                follow();
            } catch (WakeupException e) {
                return; // stopping
            } catch (RuntimeException e) {
                LOG.warn("the live story feed failed, restarting in 2 s", e);
                positioned = false;
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void follow() {
        Map<String, Object> config = new java.util.HashMap<>(clientConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        try (KafkaConsumer<String, Story> c = new KafkaConsumer<>(config, new StringDeserializer(),
                StoryTopology.STORY.deserializer())) {
            consumer = c;
            if (!running.get()) {
                return;
            }
            List<TopicPartition> partitions = awaitPartitions(c);
            c.assign(partitions);
            c.seekToEnd(partitions);   // a hot stream: clients load the current stories from GET /stories
            partitions.forEach(c::position); // resolve "end" now, so that anything published after start is seen
            positioned = true;
            while (running.get()) {
                for (ConsumerRecord<String, Story> record : c.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        broadcaster.updated(record.value());
                    }
                }
            }
        }
    }

    /** The topic is created at start (see StoriesTopic), possibly just after this thread starts. */
    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, Story> c) {
        while (running.get()) {
            List<PartitionInfo> infos = c.partitionsFor(Topics.STORIES, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WakeupException();
            }
        }
        throw new WakeupException();
    }
}
