package newswire.broker;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The topics of the product, their partition counts and their configs. Several partitions on {@code articles} let
 * several extract instances share the work; the names match {@code newswire.contract.Topics}.
 */
public final class NewswireTopics {

    public static final int ARTICLE_PARTITIONS = 4;
    /** Stories are keyed by story id: partitions let several story-service instances share the building. */
    public static final int STORY_PARTITIONS = 4;

    private NewswireTopics() {
    }

    public static Map<String, Integer> all() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        topics.put("articles", ARTICLE_PARTITIONS);
        topics.put("articles.enriched", ARTICLE_PARTITIONS);
        topics.put("articles.dlq", 1);
        topics.put("stories", STORY_PARTITIONS);
        return topics;
    }

    /**
     * The configs a topic is created with, beyond the broker's defaults: {@code stories} is compacted, since a
     * subscriber only needs the latest version of each story (key = story id).
     */
    public static Map<String, String> configs(String topic) {
        if ("stories".equals(topic)) {
            return Map.of("cleanup.policy", "compact");
        }
        return Map.of();
    }
}
