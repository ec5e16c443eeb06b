package newswire.stories.grouping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one matching code, shared by the Kafka Streams topology and the offline grouper: an article already seen
 * keeps its story (a redelivery or a correction replaces its old digest there); a new article joins the
 * best-scoring recent story above the threshold, or founds a new one.
 */
public final class StoryGrouper {

    /** Members in a stable order: by time, then article id. */
    public static final Comparator<ArticleDigest> MEMBER_ORDER =
            Comparator.comparingLong(ArticleDigest::publishedMillis).thenComparing(ArticleDigest::articleId);

    private final GroupingConfig config;
    private final StoryMatcher matcher;
    private final StoryMemory memory;
    private final StoryIndex index = new StoryIndex();

    public StoryGrouper(GroupingConfig config, StoryMemory memory) {
        this.config = config;
        this.matcher = new StoryMatcher(config);
        this.memory = memory;
    }

    /** The result of accepting an article: its story and that story's members after the change. */
    public record Assignment(String storyId, List<ArticleDigest> members) {
    }

    /** Adds a story to the index of candidates, e.g. when rebuilding the index from a state store. */
    public void restore(String storyId, List<ArticleDigest> members) {
        if (!members.isEmpty()) {
            index.put(StoryProfile.of(storyId, members, config));
        }
    }

    public Assignment accept(ArticleDigest article) {
        String storyId = memory.storyOf(article.articleId());
        if (storyId == null) {
            storyId = bestStory(article);
            memory.assign(article.articleId(), storyId);
        }
        List<ArticleDigest> members = new ArrayList<>();
        for (ArticleDigest member : memory.members(storyId)) {
            if (!member.articleId().equals(article.articleId())) {
                members.add(member);
            }
        }
        members.add(article);
        members.sort(MEMBER_ORDER);
        memory.putMembers(storyId, List.copyOf(members));
        index.put(StoryProfile.of(storyId, members, config));
        return new Assignment(storyId, List.copyOf(members));
    }

    private String bestStory(ArticleDigest article) {
        String best = null;
        double bestScore = config.threshold();
        for (StoryProfile candidate : index.candidates(article)) {
            double score = matcher.score(article, candidate);
            if (score >= bestScore && (best == null || score > bestScore)) {
                best = candidate.storyId();
                bestScore = score;
            }
        }
        return best != null ? best : StoryIds.foundedBy(article.articleId());
    }

    /**
     * Forgets, as candidates, the stories whose last article is older than {@code horizonMillis}. The caller
     * passes the retention horizon, not the window: under a backlog the partitions of the input arrive out of
     * publication order, so an article may come long after later ones; while its story is still a candidate it
     * finds it (the window is applied per article against the story's span, both sides, in {@link StoryMatcher}).
     */
    public List<String> evictCandidatesBefore(long horizonMillis) {
        return index.evictOlderThan(horizonMillis);
    }

    public int candidateCount() {
        return index.size();
    }
}
