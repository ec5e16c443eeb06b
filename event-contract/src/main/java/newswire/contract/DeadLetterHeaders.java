package newswire.contract;

/**
 * Headers on a {@value Topics#DEAD_LETTER} record. The names are those SmallRye Reactive Messaging's
 * dead-letter strategy writes, so a dead letter looks the same whichever path produced it.
 */
public final class DeadLetterHeaders {
    /** Human-readable reason the record was rejected. */
    public static final String REASON = "dead-letter-reason";
    /** The failure's message, when there was one (its class is in {@code dead-letter-cause-class-name}). */
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
