package newswire.broker;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The topics of the product and their partition counts. Several partitions on {@code articles} let several
 * extract instances share the work; the names match {@code newswire.contract.Topics}.
 */
public final class NewswireTopics {

    public static final int ARTICLE_PARTITIONS = 4;

    private NewswireTopics() {
    }

    public static Map<String, Integer> all() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        topics.put("articles", ARTICLE_PARTITIONS);
        topics.put("articles.enriched", ARTICLE_PARTITIONS);
        topics.put("articles.dlq", 1);
        return topics;
    }
}
