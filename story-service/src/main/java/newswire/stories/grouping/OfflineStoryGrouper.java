package newswire.stories.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newswire.contract.EnrichedArticle;
import newswire.stories.model.Story;
import newswire.stories.model.StoryBuilder;

/**
 * Groups a stream of enriched articles into stories without Kafka, with exactly the matching code of the
 * topology ({@link Digester}, {@link StoryGrouper}, {@link StoryBuilder}): for evaluations and benchmarks.
 */
public final class OfflineStoryGrouper {

    private final Digester digester;
    private final StoryGrouper grouper;
    private final MapMemory memory = new MapMemory();

    public OfflineStoryGrouper() {
        this(GroupingConfig.defaults());
    }

    public OfflineStoryGrouper(GroupingConfig config) {
        this.digester = new Digester(config);
        this.grouper = new StoryGrouper(config, memory);
    }

    /** Feeds the articles in order and returns each one's story id (in the same order). */
    public List<String> assignAll(List<EnrichedArticle> inOrder) {
        List<String> ids = new ArrayList<>(inOrder.size());
        for (EnrichedArticle article : inOrder) {
            ids.add(assign(article));
        }
        return ids;
    }

    public String assign(EnrichedArticle article) {
        return grouper.accept(digester.digest(article)).storyId();
    }

    /** Every story built so far, in order of foundation. */
    public List<Story> stories() {
        List<Story> stories = new ArrayList<>();
        memory.members.forEach((id, members) -> stories.add(StoryBuilder.build(id, members)));
        return stories;
    }

    private static final class MapMemory implements StoryMemory {
        final Map<String, String> storyByArticle = new HashMap<>();
        final Map<String, List<ArticleDigest>> members = new LinkedHashMap<>();

        @Override
        public String storyOf(String articleId) {
            return storyByArticle.get(articleId);
        }

        @Override
        public void assign(String articleId, String storyId) {
            storyByArticle.put(articleId, storyId);
        }

        @Override
        public List<ArticleDigest> members(String storyId) {
            return members.getOrDefault(storyId, List.of());
        }

        @Override
        public void putMembers(String storyId, List<ArticleDigest> list) {
            members.put(storyId, list);
        }
    }
}
