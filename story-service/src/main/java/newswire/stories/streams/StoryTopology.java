package newswire.stories.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newswire.contract.EnrichedArticle;
import newswire.contract.Topics;
import newswire.stories.grouping.ArticleDigest;
import newswire.stories.grouping.Digester;
import newswire.stories.grouping.GroupingConfig;
import newswire.stories.model.ArticleView;
import newswire.stories.model.PersonQuote;
import newswire.stories.model.PersonQuotes;
import newswire.stories.model.SpeakerQuotes;
import newswire.stories.model.Story;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code articles.enriched} to {@code stories}:
 * <ol>
 *   <li>per article partition: keep the article view (body and quote spans) and digest the article;</li>
 *   <li>one partition ({@code assign}): decide the article's story against every recent story;</li>
 *   <li>per story partition ({@code story-members}): build the story, publish it on {@code stories};</li>
 *   <li>per speaker partition ({@code speakers}): index the story's quotes by speaker key.</li>
 * </ol>
 */
public final class StoryTopology {

    public static final String ARTICLE_VIEWS = "article-views";
    public static final String ASSIGNMENTS = "assignments";
    public static final String STORY_MEMBERS = "story-members-store";
    public static final String STORIES_STORE = "stories-store";
    public static final String SPEAKER_QUOTES = "speaker-quotes";

    static final Serde<EnrichedArticle> ENRICHED = JsonSerde.of(EnrichedArticle.class);
    static final Serde<ArticleDigest> DIGEST = JsonSerde.of(ArticleDigest.class);
    static final Serde<StoryMembers> MEMBERS = JsonSerde.of(StoryMembers.class);
    static final Serde<StoryChange> CHANGE = JsonSerde.of(StoryChange.class);
    static final Serde<SpeakerUpdate> SPEAKER_UPDATE = JsonSerde.of(SpeakerUpdate.class);
    public static final Serde<Story> STORY = JsonSerde.of(Story.class);

    private StoryTopology() {
    }

    /**
     * @param partitions the partitions of the story and speaker repartition topics: how many instances can
     *                   share the building and the query state
     * @param retention  how long a story's members and assignments, and a person's quotations, are kept after the
     *                   last report
     */
    public static Topology build(GroupingConfig config, int partitions, Duration retention, StoryListener listener) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_VIEWS),
                Serdes.String(), JsonSerde.of(ArticleView.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ASSIGNMENTS),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_MEMBERS),
                Serdes.String(), MEMBERS));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES_STORE),
                Serdes.String(), STORY));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SPEAKER_QUOTES),
                Serdes.String(), JsonSerde.of(PersonQuote.class)));

        KStream<String, EnrichedArticle> enriched = builder.stream(Topics.ENRICHED,
                Consumed.with(Serdes.String(), ENRICHED).withName("enriched"));
        enriched.process(ArticleViewProcessor::new, Named.as("article-view"), ARTICLE_VIEWS);

        Digester digester = new Digester(config);
        KStream<String, StoryChange> changes = enriched
                .filter((id, article) -> article != null && article.articleId() != null, Named.as("valid"))
                .processValues(() -> new DigestProcessor(digester), Named.as("digest"))
                // one partition: the grouping decision needs every recent story (see README, "scaling")
                .repartition(Repartitioned.with(Serdes.String(), DIGEST).withName("assign").withNumberOfPartitions(1))
                .process(() -> new AssignProcessor(config, retention.toMillis()), Named.as("assigner"),
                        ASSIGNMENTS, STORY_MEMBERS)
                .repartition(Repartitioned.with(Serdes.String(), MEMBERS).withName("story-members")
                        .withNumberOfPartitions(partitions))
                .process(() -> new StoryProcessor(listener), Named.as("story-builder"), STORIES_STORE);

        changes.mapValues(StoryChange::after, Named.as("latest"))
                .to(Topics.STORIES, Produced.with(Serdes.String(), STORY).withName("stories"));
        changes.flatMap((id, change) -> speakerUpdates(change), Named.as("by-speaker"))
                .repartition(Repartitioned.with(Serdes.String(), SPEAKER_UPDATE).withName("speakers")
                        .withNumberOfPartitions(partitions))
                .process(() -> new SpeakerQuotesProcessor(retention.toMillis()), Named.as("speaker-quotes"),
                        SPEAKER_QUOTES);
        return builder.build();
    }

    /** The story's quotes per speaker, and an empty update for each speaker the story no longer has. */
    static List<KeyValue<String, SpeakerUpdate>> speakerUpdates(StoryChange change) {
        Story after = change.after();
        List<KeyValue<String, SpeakerUpdate>> updates = new ArrayList<>();
        Set<String> now = new HashSet<>();
        for (SpeakerQuotes speaker : after.speakers()) {
            now.add(speaker.key());
            updates.add(KeyValue.pair(speaker.key(),
                    new SpeakerUpdate(speaker.key(), after.id(), PersonQuotes.of(after, speaker))));
        }
        if (change.before() != null) {
            for (SpeakerQuotes speaker : change.before().speakers()) {
                if (!now.contains(speaker.key())) {
                    updates.add(KeyValue.pair(speaker.key(), new SpeakerUpdate(speaker.key(), after.id(), List.of())));
                }
            }
        }
        return updates;
    }
}
