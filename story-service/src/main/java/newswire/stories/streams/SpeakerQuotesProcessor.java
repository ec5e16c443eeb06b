package newswire.stories.streams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newswire.stories.model.PersonQuote;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps every quote of a speaker across stories, in the partition of the speaker's key, one store entry per
 * quotation ({@link SpeakerQuoteKeys}): a story update writes only the quotations that changed, appeared or went,
 * so the changelog carries what changed rather than the speaker's whole list. Quotations whose latest report is
 * older than the retention (before the newest report seen) are dropped, like the stories they came from.
 */
final class SpeakerQuotesProcessor implements Processor<String, SpeakerUpdate, Void, Void> {

    /** How far stream time (the newest report seen) moves between two sweeps of old quotations. */
    static final long SWEEP_EVERY_MILLIS = 24 * 3600 * 1000L;

    private static final StringSerializer KEYS = new StringSerializer();

    private final long retentionMillis;
    private KeyValueStore<String, PersonQuote> quotes;
    private long streamTime;
    private long lastSweep;

    SpeakerQuotesProcessor(long retentionMillis) {
        this.retentionMillis = retentionMillis;
    }

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
        Map<String, PersonQuote> before = storyQuotes(update.speakerKey(), update.storyId());
        for (PersonQuote quote : update.quotes()) {
            String key = SpeakerQuoteKeys.of(update.speakerKey(), update.storyId(), quote.text());
            if (!quote.equals(before.remove(key))) {
                quotes.put(key, quote);
            }
            streamTime = Math.max(streamTime, quote.latestMillis());
        }
        before.keySet().forEach(quotes::delete);
        if (streamTime - lastSweep >= SWEEP_EVERY_MILLIS) {
            sweep(streamTime - retentionMillis);
            lastSweep = streamTime;
        }
    }

    private Map<String, PersonQuote> storyQuotes(String speakerKey, String storyId) {
        Map<String, PersonQuote> found = new HashMap<>();
        try (KeyValueIterator<String, PersonQuote> it =
                     quotes.prefixScan(SpeakerQuoteKeys.storyPrefix(speakerKey, storyId), KEYS)) {
            it.forEachRemaining(kv -> found.put(kv.key, kv.value));
        }
        return found;
    }

    /** Drops the quotations last reported before the horizon (an unknown time, 0, is kept). */
    private void sweep(long horizon) {
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, PersonQuote> all = quotes.all()) {
            while (all.hasNext()) {
                KeyValue<String, PersonQuote> entry = all.next();
                long last = entry.value.latestMillis();
                if (last != 0 && last < horizon) {
                    old.add(entry.key);
                }
            }
        }
        old.forEach(quotes::delete);
    }
}
