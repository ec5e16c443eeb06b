package newswire.stories.streams;

import java.util.List;
import newswire.stories.grouping.ArticleDigest;
import newswire.stories.grouping.GroupingConfig;
import newswire.stories.grouping.StoryGrouper;
import newswire.stories.grouping.StoryMemory;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides each article's story. Runs on the single partition of the {@code assign} repartition topic, so every
 * decision sees every recent story. Its truth is two changelogged stores (article -> story, story -> member
 * digests); the in-memory candidate index of {@link StoryGrouper} is rebuilt from them at init.
 */
final class AssignProcessor implements Processor<String, ArticleDigest, String, StoryMembers> {

    /** How often (in articles) state older than the retention is dropped. */
    static final int EVICT_EVERY = 500;

    private final GroupingConfig config;
    private final long retentionMillis;
    private KeyValueStore<String, String> assignments;
    private KeyValueStore<String, StoryMembers> members;
    private StoryGrouper grouper;
    private ProcessorContext<String, StoryMembers> context;
    private final PartitionWatermarks watermarks = new PartitionWatermarks(4L * EVICT_EVERY);
    private long streamTime;
    private long seen;

    AssignProcessor(GroupingConfig config, long retentionMillis) {
        this.config = config;
        this.retentionMillis = retentionMillis;
    }

    @Override
    public void init(ProcessorContext<String, StoryMembers> context) {
        this.context = context;
        assignments = context.getStateStore(StoryTopology.ASSIGNMENTS);
        members = context.getStateStore(StoryTopology.STORY_MEMBERS);
        grouper = new StoryGrouper(config, new StoreMemory());
        try (KeyValueIterator<String, StoryMembers> all = members.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryMembers> story = all.next();
                grouper.restore(story.key, story.value.members());
                story.value.members().forEach(m -> streamTime = Math.max(streamTime, m.publishedMillis()));
            }
        }
        grouper.evictCandidatesBefore(streamTime - retentionMillis);
    }

    @Override
    public void process(Record<String, ArticleDigest> record) {
        ArticleDigest article = record.value();
        if (article == null) {
            return;
        }
        streamTime = Math.max(streamTime, article.publishedMillis());
        watermarks.record(DigestProcessor.sourcePartition(record.headers()), article.publishedMillis());
        StoryGrouper.Assignment assignment = grouper.accept(article);
        context.forward(record.withKey(assignment.storyId())
                .withValue(new StoryMembers(assignment.storyId(), assignment.members())));
        if (++seen % EVICT_EVERY == 0) {
            evict();
        }
    }

    /**
     * Stories whose last article is older than the retention leave the candidate index and the stores together: a
     * candidate is kept as long as its members are. The retention counts back from the slowest input partition's
     * newest article, not from the newest article overall: under a backlog one partition may be weeks of publication
     * time behind the others, and its articles must still find their stories.
     */
    private void evict() {
        long horizon = Math.min(streamTime, watermarks.low(streamTime)) - retentionMillis;
        grouper.evictCandidatesBefore(horizon);
        try (KeyValueIterator<String, StoryMembers> all = members.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryMembers> story = all.next();
                List<ArticleDigest> list = story.value.members();
                long last = list.stream().mapToLong(ArticleDigest::publishedMillis).max().orElse(0);
                if (last != 0 && last < horizon) {
                    list.forEach(m -> assignments.delete(m.articleId()));
                    members.delete(story.key);
                }
            }
        }
    }

    private final class StoreMemory implements StoryMemory {

        @Override
        public String storyOf(String articleId) {
            return assignments.get(articleId);
        }

        @Override
        public void assign(String articleId, String storyId) {
            assignments.put(articleId, storyId);
        }

        @Override
        public List<ArticleDigest> members(String storyId) {
            StoryMembers story = members.get(storyId);
            return story == null ? List.of() : story.members();
        }

        @Override
        public void putMembers(String storyId, List<ArticleDigest> list) {
            members.put(storyId, new StoryMembers(storyId, list));
        }
    }
}
