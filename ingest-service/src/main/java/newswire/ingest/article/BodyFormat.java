package newswire.ingest.article;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The two ways to send articles, told apart by the request's Content-Type. */
public enum BodyFormat {
    /** {@code application/json}: one article as an object, or a batch as an array of objects. */
    JSON,
    /** {@code application/x-ndjson}: a batch, one article object per line; {@code curl --data-binary @file.ndjson}. */
    NDJSON;

    public static final String NDJSON_MEDIA_TYPE = "application/x-ndjson";

    private static final Set<String> NDJSON_TYPES = Set.of(NDJSON_MEDIA_TYPE, "application/ndjson",
            "application/jsonl", "application/x-jsonlines", "application/jsonlines");

    /**
     * The format named by a Content-Type header, if it is one this service reads. A charset other than UTF-8 is
     * refused because JSON on the wire is UTF-8 (RFC 8259) and the service does not guess encodings.
     */
    public static Optional<BodyFormat> of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip();
            if (param.startsWith("charset=")) {
                String charset = param.substring("charset=".length()).replace("\"", "").strip();
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return Optional.empty();
                }
            }
        }
        String mediaType = parts[0].strip();
        if (mediaType.equals("application/json")) {
            return Optional.of(JSON);
        }
        if (NDJSON_TYPES.contains(mediaType)) {
            return Optional.of(NDJSON);
        }
        return Optional.empty();
    }
}
