package newswire.extract.records;

/**
 * Why a record on the articles topic could not become an enriched event. A small closed set, so it can tag a
 * metric without unbounded cardinality; the precise wording travels in the dead-letter-reason header.
 */
public enum RejectReason {
    EMPTY_RECORD("empty record"),
    NOT_JSON("not JSON"),
    NOT_AN_ARTICLE("not an article"),
    BODY_TOO_LARGE("body too large"),
    EXTRACTION_FAILED("extraction failed");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    /** The words a dead-letter reason starts with, e.g. {@code "not JSON: ..."}. */
    public String label() {
        return label;
    }

    /** The tag value used on metrics, e.g. {@code not_json}. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
