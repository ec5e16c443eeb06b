package newswire.ingest.kafka;

/** Where the broker stored an article once it acknowledged it. */
public record Published(String id, String topic, int partition, long offset) {
}
