package newswire.stories.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newswire.stories.model.ArticleView;
import newswire.stories.model.PersonQuote;
import newswire.stories.model.PersonQuotes;
import newswire.stories.model.Story;
import newswire.stories.streams.SpeakerQuoteKeys;
import newswire.stories.streams.StoryTopology;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the topology's state stores (interactive queries). With one instance every key is local; with several,
 * see README ("several instances") for how a query reaches the instance that holds a key.
 */
@ApplicationScoped
public class StoryQueries {

    /** Most recent story first (by its latest article), ties by id so pages are stable. */
    static final Comparator<Story> RECENT_FIRST =
            Comparator.comparingLong(Story::lastMillis).reversed().thenComparing(Story::id);

    private final KafkaStreams streams;

    public StoryQueries(KafkaStreams streams) {
        this.streams = streams;
    }

    public StoryPage page(int page, int size) {
        List<Story> all = new ArrayList<>();
        try (KeyValueIterator<String, Story> it = this.<Story>store(StoryTopology.STORIES_STORE).all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        all.sort(RECENT_FIRST);
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new StoryPage(page, size, all.size(), List.copyOf(all.subList(from, to)));
    }

    public Optional<Story> story(String id) {
        return Optional.ofNullable(this.<Story>store(StoryTopology.STORIES_STORE).get(id));
    }

    public Optional<List<PersonQuote>> quotesOf(String speakerKey) {
        List<PersonQuote> quotes = new ArrayList<>();
        ReadOnlyKeyValueStore<String, PersonQuote> store = store(StoryTopology.SPEAKER_QUOTES);
        try (KeyValueIterator<String, PersonQuote> it =
                     store.prefixScan(SpeakerQuoteKeys.speakerPrefix(speakerKey), new StringSerializer())) {
            it.forEachRemaining(kv -> quotes.add(kv.value));
        }
        if (quotes.isEmpty()) {
            return Optional.empty();
        }
        quotes.sort(PersonQuotes.NEWEST_FIRST);
        return Optional.of(quotes);
    }

    public Optional<ArticleView> article(String id) {
        return Optional.ofNullable(this.<ArticleView>store(StoryTopology.ARTICLE_VIEWS).get(id));
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw ProblemException.unavailable("The story state is not ready yet (" + streams.state() + ")", null);
        }
    }
}
