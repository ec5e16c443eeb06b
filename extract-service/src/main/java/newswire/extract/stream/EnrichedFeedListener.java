package newswire.extract.stream;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code articles.enriched} in a consumer group of its own (one per instance, starting at the latest
 * offset), so every instance's stream shows what all instances publish, not only its own partitions' share.
 */
@ApplicationScoped
public class EnrichedFeedListener {

    private final EnrichedBroadcaster broadcaster;

    public EnrichedFeedListener(EnrichedBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @Incoming("enriched-feed")
    public void onEnriched(ConsumerRecord<String, String> record) {
        if (record.value() != null) {
            broadcaster.publish(new EnrichedEvent(record.key(), record.value()));
        }
    }
}
