package newswire.stories.streams;

import newswire.stories.model.Story;
import newswire.stories.model.StoryBuilder;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Builds the story from its members, in the partition of the story id: this is where the merging work is, and it
 * spreads over as many instances as the {@code story-members} topic has partitions.
 */
final class StoryProcessor implements Processor<String, StoryMembers, String, StoryChange> {

    private final StoryListener listener;
    private KeyValueStore<String, Story> stories;
    private ProcessorContext<String, StoryChange> context;

    StoryProcessor(StoryListener listener) {
        this.listener = listener;
    }

    @Override
    public void init(ProcessorContext<String, StoryChange> context) {
        this.context = context;
        stories = context.getStateStore(StoryTopology.STORIES_STORE);
    }

    @Override
    public void process(Record<String, StoryMembers> record) {
        StoryMembers members = record.value();
        if (members == null || members.members().isEmpty()) {
            return;
        }
        Story after = StoryBuilder.build(members.storyId(), members.members());
        Story before = stories.get(after.id());
        stories.put(after.id(), after);
        context.forward(record.withKey(after.id()).withValue(new StoryChange(before, after)));
        listener.updated(after);
    }
}
