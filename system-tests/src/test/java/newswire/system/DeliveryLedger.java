package newswire.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newswire.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Counts, for one fault test, what was pushed, what ingest accepted (202), and what came out on the output
 * topics: enriched, dead-lettered, lost (accepted but on neither topic) and duplicated (more than one enriched
 * record for a key). Prints the row and appends it to target/fault-report.md for the closing note.
 */
final class DeliveryLedger {

    final Set<String> pushed = new LinkedHashSet<>();
    final Set<String> accepted = new LinkedHashSet<>();
    private final Map<String, Integer> enrichedCount = new HashMap<>();
    private final Set<String> deadLettered = new LinkedHashSet<>();

    void pushed(String id) {
        pushed.add(id);
    }

    void accepted(String id) {
        accepted.add(id);
    }

    /** Reads both output topics until every accepted id is out, or the timeout passes. */
    void collect(String bootstrapServers, Duration timeout) {
        try (TopicReader enriched = new TopicReader(bootstrapServers, Topics.ENRICHED);
             TopicReader dlq = new TopicReader(bootstrapServers, Topics.DEAD_LETTER)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                count(enriched.drain(Duration.ofMillis(500)), dlq.drain(Duration.ofMillis(100)));
                if (lost() == 0) {
                    break;
                }
            }
            // late redeliveries show up as duplicates
            count(enriched.drain(Duration.ofSeconds(3)), dlq.drain(Duration.ofMillis(200)));
        }
    }

    private void count(List<ConsumerRecord<String, byte[]>> enriched, List<ConsumerRecord<String, byte[]>> dlq) {
        enrichedCount.clear();
        for (ConsumerRecord<String, byte[]> r : enriched) {
            if (pushed.contains(r.key())) {
                enrichedCount.merge(r.key(), 1, Integer::sum);
            }
        }
        deadLettered.clear();
        for (ConsumerRecord<String, byte[]> r : dlq) {
            if (pushed.contains(r.key())) {
                deadLettered.add(r.key());
            }
        }
    }

    int enriched() {
        return (int) accepted.stream().filter(enrichedCount::containsKey).count();
    }

    int deadLettered() {
        return (int) accepted.stream().filter(deadLettered::contains).count();
    }

    int lost() {
        return (int) accepted.stream().filter(id -> !enrichedCount.containsKey(id) && !deadLettered.contains(id))
                .count();
    }

    int duplicates() {
        return enrichedCount.values().stream().mapToInt(n -> n - 1).sum();
    }

    void report(String test, double recoverySeconds, String notes) {
        FaultReport.append(test, pushed.size(), accepted.size(), enriched(), deadLettered(), lost(), duplicates(),
                recoverySeconds, notes);
    }
}
