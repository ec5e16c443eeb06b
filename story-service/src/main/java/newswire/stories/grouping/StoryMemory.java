package newswire.stories.grouping;

import java.util.List;

/**
 * Where the grouper keeps which story each article belongs to and each story's member digests: maps in the
 * offline grouper, Kafka-backed state stores in the topology.
 */
public interface StoryMemory {

    /** The story the article was assigned to, or null if it was never seen. */
    String storyOf(String articleId);

    void assign(String articleId, String storyId);

    /** The story's member digests, empty when unknown. */
    List<ArticleDigest> members(String storyId);

    void putMembers(String storyId, List<ArticleDigest> members);
}
