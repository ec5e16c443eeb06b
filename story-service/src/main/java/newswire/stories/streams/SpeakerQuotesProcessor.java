package newswire.stories.streams;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newswire.stories.model.PersonQuote;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps every quote of a speaker across stories, in the partition of the speaker's key. */
final class SpeakerQuotesProcessor implements Processor<String, SpeakerUpdate, Void, Void> {

    private KeyValueStore<String, SpeakerQuotesEntry> quotes;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        quotes = context.getStateStore(StoryTopology.SPEAKER_QUOTES);
    }

    @Override
    public void process(Record<String, SpeakerUpdate> record) {
        SpeakerUpdate update = record.value();
        if (update == null) {
            return;
        }
        SpeakerQuotesEntry old = quotes.get(update.speakerKey());
        Map<String, List<PersonQuote>> byStory = new TreeMap<>(old == null ? Map.of() : old.byStory());
        if (update.quotes().isEmpty()) {
            byStory.remove(update.storyId());
        } else {
            byStory.put(update.storyId(), update.quotes());
        }
        if (byStory.isEmpty()) {
            quotes.delete(update.speakerKey());
        } else {
            quotes.put(update.speakerKey(), new SpeakerQuotesEntry(update.speakerKey(), byStory));
        }
    }
}
