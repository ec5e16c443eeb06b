package newswire.extract.records;

/**
 * A record that cannot be enriched. Thrown from the processing method so that SmallRye nacks the incoming
 * record and its dead-letter-queue strategy writes it to {@code articles.dlq}: this exception's message becomes
 * the {@code dead-letter-reason} header and the message of its cause, when there is one, {@code dead-letter-cause}.
 */
public class UnprocessableRecordException extends RuntimeException {

    private final RejectReason reason;

    public UnprocessableRecordException(RejectReason reason, String detail) {
        this(reason, detail, null);
    }

    public UnprocessableRecordException(RejectReason reason, String detail, Throwable cause) {
        // No stack trace needed for an expected, well-explained rejection; the cause keeps its own.
        super(reason.label() + ": " + detail, cause, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
