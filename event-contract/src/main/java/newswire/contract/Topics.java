package newswire.contract;

/** The topic names users and scripts rely on. */
public final class Topics {
    /** Raw articles, key = article id. */
    public static final String ARTICLES = "articles";
    /** Enriched events, key = article id. */
    public static final String ENRICHED = "articles.enriched";
    /** Records that could not be processed; the reason and the original coordinates are in headers. */
    public static final String DEAD_LETTER = "articles.dlq";
    /** Stories: enriched articles about the same event, grouped; compacted, key = story id. */
    public static final String STORIES = "stories";

    private Topics() {
    }
}
