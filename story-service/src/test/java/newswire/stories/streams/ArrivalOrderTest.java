package newswire.stories.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityType;
import newswire.contract.Topics;
import newswire.stories.Fixtures;
import newswire.stories.grouping.GroupingConfig;
import newswire.stories.grouping.OfflineStoryGrouper;
import newswire.stories.model.Story;
import newswire.stories.model.StoryArticle;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * Under a backlog the four partitions of {@code articles.enriched} reach the assigner in any interleaving: each
 * partition in publication order, but one partition may be weeks behind another. The stories must not depend on
 * that: the topology groups a four-week stream exactly as {@link OfflineStoryGrouper} does in publication order.
 */
class ArrivalOrderTest {

    private static final int EVENTS = 60;
    private static final int OUTLETS = 4;
    private static final Duration SPAN = Duration.ofDays(28);
    private static final Instant START = Instant.parse("2026-01-05T06:00:00Z");
    private static final String[] CITIES = {"Velmora", "Ostrava", "Kasama", "Brenno", "Tarsk", "Lunde"};

    @Test
    void aPartitionWeeksBehindTheOthersStillFindsItsStories() {
        List<EnrichedArticle> stream = fourWeeksOfEvents();
        Set<Set<String>> offline = offlineGrouping(stream);
        assertEquals(EVENTS, offline.size(), "the invented events are separable: one story each");

        List<List<EnrichedArticle>> partitions = partitions(stream);
        List<EnrichedArticle> oneAfterAnother = new ArrayList<>();
        partitions.forEach(oneAfterAnother::addAll);
        assertEquals(Set.of(), differences(offline, topologyGrouping(oneAfterAnother)),
                "each partition delivered whole, one after another");
    }

    @Test
    void aRandomInterleavingOfThePartitionsGivesTheSameStories() {
        List<EnrichedArticle> stream = fourWeeksOfEvents();
        Set<Set<String>> topology = topologyGrouping(interleave(partitions(stream), new Random(1)));
        assertEquals(Set.of(), differences(offlineGrouping(stream), topology));
    }

    /** The offline stories the topology did not build exactly (split or merged), for a readable failure. */
    private static Set<Set<String>> differences(Set<Set<String>> offline, Set<Set<String>> topology) {
        Set<Set<String>> missing = new HashSet<>(offline);
        missing.removeAll(topology);
        return missing;
    }

    /** An event every ~11 hours, each reported by four outlets within six hours, with its own people and words. */
    private static List<EnrichedArticle> fourWeeksOfEvents() {
        List<EnrichedArticle> stream = new ArrayList<>();
        long step = SPAN.toMillis() / EVENTS;
        for (int e = 0; e < EVENTS; e++) {
            String tag = letters(e);
            String city = CITIES[e % CITIES.length];
            for (int o = 0; o < OUTLETS; o++) {
                Instant at = START.plusMillis(e * step + o * Duration.ofHours(2).toMillis());
                boolean fullName = o % 2 == 0;
                String person = fullName ? "Mira Kal" + tag : "Kal" + tag;
                String personKey = "person:KAL" + tag + (fullName ? ".MR" : "");
                stream.add(Fixtures.article("ev" + e + "-outlet" + o).source("Outlet " + o).at(at.toString())
                        .title("Quarry" + tag + " levy" + tag + " in " + city)
                        .entity(person, EntityType.PERSON, personKey, 0.9,
                                person + " defended quarry" + tag + " permit" + tag + ".")
                        .entity("Union" + tag, EntityType.ORGANIZATION, "org:UNION" + tag, 0.7,
                                "Union" + tag + " blocked quarry" + tag + " gates" + tag + ".")
                        .entity(city, EntityType.LOCATION, "loc:" + city.toUpperCase(), 0.3,
                                city + " residents watched.")
                        .text("Levy" + tag + " talks" + tag + " resume.")
                        .build());
            }
        }
        stream.sort(Comparator.comparing(EnrichedArticle::publishedAt));
        return stream;
    }

    private static String letters(int n) {
        return "" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26) + (char) ('A' + n * 7 % 26);
    }

    /** Splits the stream as a keyed topic does: each partition keeps publication order. */
    private static List<List<EnrichedArticle>> partitions(List<EnrichedArticle> stream) {
        List<List<EnrichedArticle>> partitions = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            partitions.add(new ArrayList<>());
        }
        stream.forEach(a -> partitions.get(Math.floorMod(a.articleId().hashCode(), 4)).add(a));
        return partitions;
    }

    private static List<EnrichedArticle> interleave(List<List<EnrichedArticle>> partitions, Random random) {
        List<Integer> turns = new ArrayList<>();
        for (int p = 0; p < partitions.size(); p++) {
            turns.addAll(Collections.nCopies(partitions.get(p).size(), p));
        }
        Collections.shuffle(turns, random);
        int[] next = new int[partitions.size()];
        List<EnrichedArticle> out = new ArrayList<>();
        turns.forEach(p -> out.add(partitions.get(p).get(next[p]++)));
        return out;
    }

    private static Set<Set<String>> offlineGrouping(List<EnrichedArticle> inPublicationOrder) {
        OfflineStoryGrouper grouper = new OfflineStoryGrouper();
        List<String> ids = grouper.assignAll(inPublicationOrder);
        Map<String, Set<String>> byStory = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byStory.computeIfAbsent(ids.get(i), k -> new TreeSet<>()).add(inPublicationOrder.get(i).articleId());
        }
        return new HashSet<>(byStory.values());
    }

    private static Set<Set<String>> topologyGrouping(List<EnrichedArticle> arrivalOrder) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "stories-order-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(
                StoryTopology.build(GroupingConfig.defaults(), 4, Duration.ofDays(30), StoryListener.NONE), props)) {
            TestInputTopic<String, EnrichedArticle> enriched = driver.createInputTopic(Topics.ENRICHED,
                    Serdes.String().serializer(), StoryTopology.ENRICHED.serializer());
            arrivalOrder.forEach(a -> enriched.pipeInput(a.articleId(), a));
            Map<String, Story> latest = driver.createOutputTopic(Topics.STORIES, Serdes.String().deserializer(),
                    StoryTopology.STORY.deserializer()).readKeyValuesToMap();
            Set<Set<String>> grouping = new HashSet<>();
            for (Story story : latest.values()) {
                Set<String> members = new TreeSet<>();
                story.articles().stream().map(StoryArticle::articleId).forEach(members::add);
                grouping.add(members);
            }
            return grouping;
        }
    }
}
