package newswire.apikeys;

import java.util.Set;

/** What a key may do. Kept to two, so that the configuration stays readable. */
public final class Roles {

    /** Publish articles: {@code POST /articles} on the ingest service. */
    public static final String WRITE = "write";
    /** Read the enriched stream, {@code GET /enriched/stream}, when the stream requires a key. */
    public static final String READ = "read";

    public static final Set<String> ALL = Set.of(WRITE, READ);

    private Roles() {
    }
}
