package newswire.stories.streams;

import static newswire.stories.Fixtures.summitByHarbourPost;
import static newswire.stories.Fixtures.summitByRiverTimes;
import static newswire.stories.Fixtures.unrelatedHarvest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityType;
import newswire.contract.Topics;
import newswire.stories.Fixtures;
import newswire.stories.grouping.GroupingConfig;
import newswire.stories.model.ArticleView;
import newswire.stories.model.PersonQuote;
import newswire.stories.model.PersonQuotes;
import newswire.stories.model.Story;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topology, driven record by record without a broker. */
class StoryTopologyTest {

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, Story> stories;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "stories-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(
                StoryTopology.build(GroupingConfig.defaults(), 4, Duration.ofDays(30), StoryListener.NONE), props);
        enriched = driver.createInputTopic(Topics.ENRICHED, Serdes.String().serializer(),
                StoryTopology.ENRICHED.serializer());
        stories = driver.createOutputTopic(Topics.STORIES, Serdes.String().deserializer(),
                StoryTopology.STORY.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void publish(EnrichedArticle article) {
        enriched.pipeInput(article.articleId(), article);
    }

    @Test
    void eachArticleUpdatesItsStoryOnTheStoriesTopicKeyedByStoryId() {
        publish(summitByHarbourPost());
        publish(summitByRiverTimes());
        publish(unrelatedHarvest());

        Map<String, Story> latest = stories.readKeyValuesToMap();
        assertEquals(2, latest.size());
        Story summit = latest.values().stream().filter(s -> s.articles().size() == 2).findFirst().orElseThrow();
        assertEquals(List.of("Harbour Post", "River Times"), summit.outlets());
        latest.forEach((key, story) -> assertEquals(key, story.id()));
    }

    @Test
    void aCorrectedArticleReplacesItsContributionAndItsQuotesLeaveTheSpeakerIndex() {
        publish(summitByHarbourPost());
        publish(summitByRiverTimes());
        List<PersonQuote> before = quotesOf("person:KRY.JN");
        assertEquals(2, before.size(), "the shared quotation once, plus River Times' own");

        EnrichedArticle corrected = Fixtures.article("river-1").source("River Times").at("2026-03-02T14:00:00Z")
                .title("Morsi and Kerry discuss ceasefire in Cairo")
                .entity("Mohammed Morsi", EntityType.PERSON, "person:MRS.MHMT", 0.85,
                        "Egyptian President Mohammed Morsi received the envoy in Cairo for ceasefire talks.")
                .entity("Kerry", EntityType.PERSON, "person:KRY", 0.8, "Kerry arrived for the ceasefire talks.")
                .build();
        publish(corrected);
        publish(corrected);

        Map<String, Story> latest = stories.readKeyValuesToMap();
        assertEquals(1, latest.size());
        Story story = latest.values().iterator().next();
        assertEquals(List.of("harbour-1", "river-1"), story.articles().stream().map(a -> a.articleId()).toList());
        List<PersonQuote> after = quotesOf("person:KRY.JN");
        assertEquals(1, after.size());
        assertEquals(story.id(), after.get(0).storyId());
        assertEquals(List.of("harbour-1"), after.get(0).reports().stream().map(r -> r.articleId()).toList());
    }

    @Test
    void theArticleViewKeepsTheBodyAndTheQuoteSpansWithSpeakerAndCue() {
        EnrichedArticle article = summitByHarbourPost();
        publish(article);
        KeyValueStore<String, ArticleView> views = driver.getKeyValueStore(StoryTopology.ARTICLE_VIEWS);
        ArticleView view = views.get("harbour-1");
        assertEquals(article.body(), view.body());
        ArticleView.QuoteSpan first = view.quotes().get(0);
        assertEquals("We are closer to a ceasefire than we were a week ago",
                view.body().substring(first.start(), first.end()));
        assertEquals("person:KRY.JN", first.speakerKey());
        assertEquals("said", first.cue());
        assertNull(views.get("river-1"));
    }

    @Test
    void aSpeakerWhoLeavesAStoryIsRetractedFromTheIndex() {
        publish(summitByHarbourPost());
        EnrichedArticle withoutQuotes = Fixtures.article("harbour-1").source("Harbour Post")
                .at("2026-03-02T09:00:00Z").title("Kerry meets Mursi in Cairo over ceasefire talks")
                .entity("John Kerry", EntityType.PERSON, "person:KRY.JN", 0.9, "John Kerry flew to Cairo.")
                .build();
        publish(withoutQuotes);
        assertEquals(List.of(), quotesOf("person:KRY.JN"));
        assertEquals(List.of(), quotesOf("person:MRS.MHMT"));
        assertTrue(stories.readKeyValuesToList().size() >= 2);
    }

    @Test
    void storyIdsDependOnlyOnTheStreamSoAReplayGivesTheSameKeys() {
        publish(summitByHarbourPost());
        publish(unrelatedHarvest());
        Map<String, Story> first = stories.readKeyValuesToMap();
        stop();
        start();
        publish(summitByHarbourPost());
        publish(unrelatedHarvest());
        assertEquals(first.keySet(), stories.readKeyValuesToMap().keySet());
        assertNotEquals(1, first.size());
    }

    @Test
    void theSpeakerIndexHoldsOneEntryPerQuotationAndAStoryUpdateWritesOnlyTheQuotationsThatChanged() {
        TestOutputTopic<String, PersonQuote> changelog = driver.createOutputTopic(
                "stories-test-" + StoryTopology.SPEAKER_QUOTES + "-changelog", Serdes.String().deserializer(),
                JsonSerde.of(PersonQuote.class).deserializer());
        publish(summitByHarbourPost());
        publish(summitByRiverTimes());
        String storyId = stories.readKeyValuesToMap().keySet().iterator().next();
        changelog.readKeyValuesToList();
        assertEquals(3, quotesOf("person:KRY.JN").size() + quotesOf("person:MRS.MHMT").size());

        publish(summitByRiverTimes());
        assertEquals(List.of(), changelog.readKeyValuesToList(), "a redelivery changes no quotation: nothing written");

        EnrichedArticle withoutItsOwnQuote = Fixtures.summitByRiverTimesWithoutItsOwnQuote("river-1", "2026-03-02")
                .build();
        publish(withoutItsOwnQuote);
        List<KeyValue<String, PersonQuote>> written = changelog.readKeyValuesToList();
        assertEquals(1, written.size(), "only the quotation the correction dropped: " + written);
        assertTrue(written.get(0).key.startsWith("person:KRY.JN/" + storyId + "/"), written::toString);
        assertNull(written.get(0).value, "a tombstone");
        assertEquals(List.of("We are closer to a ceasefire than we were a week ago"),
                quotesOf("person:KRY.JN").stream().map(PersonQuote::text).toList());
        assertEquals(1, quotesOf("person:MRS.MHMT").size());
    }

    @Test
    void aPersonsQuotationsLeaveTheIndexAfterTheRetention() {
        publish(summitByHarbourPost());
        publish(summitByRiverTimes());
        assertEquals(2, quotesOf("person:KRY.JN").size());

        publish(summitByHarbourPost("harbour-40", "2026-04-13"));
        List<PersonQuote> kerry = quotesOf("person:KRY.JN");
        assertEquals(List.of("2026-04-13T09:00:00Z"), kerry.stream().map(PersonQuote::latestPublishedAt).toList(),
                "six weeks on, only the new story's quotation is kept (retention 30 days)");
    }

    @Test
    void aPersonsQuotationsAcrossStoriesAreListedNewestFirst() {
        publish(summitByHarbourPost());
        publish(summitByHarbourPost("harbour-8", "2026-03-09"));
        List<String> stories = quotesOf("person:KRY.JN").stream().map(PersonQuote::latestPublishedAt).toList();
        assertEquals(List.of("2026-03-09T09:00:00Z", "2026-03-02T09:00:00Z"), stories);
    }

    /** What {@code GET /entities/{key}/quotes} reads: the speaker's entries, newest report first. */
    private List<PersonQuote> quotesOf(String speakerKey) {
        KeyValueStore<String, PersonQuote> store = driver.getKeyValueStore(StoryTopology.SPEAKER_QUOTES);
        List<PersonQuote> quotes = new ArrayList<>();
        try (KeyValueIterator<String, PersonQuote> it =
                     store.prefixScan(SpeakerQuoteKeys.speakerPrefix(speakerKey), new StringSerializer())) {
            it.forEachRemaining(kv -> quotes.add(kv.value));
        }
        quotes.sort(PersonQuotes.NEWEST_FIRST);
        return quotes;
    }
}
