package newswire.stories.grouping;

import static newswire.stories.Fixtures.summitByHarbourPost;
import static newswire.stories.Fixtures.summitByRiverTimes;
import static newswire.stories.Fixtures.unrelatedHarvest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityType;
import newswire.stories.Fixtures;
import newswire.stories.model.SpeakerQuotes;
import newswire.stories.model.Story;
import newswire.stories.model.StoryEntity;
import org.junit.jupiter.api.Test;

/** Two outlets' reports of one summit become one story; an unrelated article does not join it. */
class OfflineStoryGrouperTest {

    @Test
    void twoOutletsOnTheSameEventShareAStoryAndAnUnrelatedArticleStartsItsOwn() {
        OfflineStoryGrouper grouper = new OfflineStoryGrouper();
        List<String> ids = grouper.assignAll(List.of(summitByHarbourPost(), summitByRiverTimes(), unrelatedHarvest()));

        assertEquals(ids.get(0), ids.get(1), "both summit reports belong to one story");
        assertNotEquals(ids.get(0), ids.get(2), "the harvest shares only a city with the summit");
        assertEquals(2, grouper.stories().size());
    }

    @Test
    void theStoryMergesPeopleAcrossSpellingsAndTheSameQuotationAcrossOutlets() {
        OfflineStoryGrouper grouper = new OfflineStoryGrouper();
        grouper.assignAll(List.of(summitByHarbourPost(), summitByRiverTimes()));
        Story story = grouper.stories().get(0);

        assertEquals(List.of("Harbour Post", "River Times"), story.outlets());
        assertEquals("Kerry meets Mursi in Cairo over ceasefire talks", story.title(), "the founding title");
        StoryEntity mursi = entity(story, "person:MRS.MHMT");
        assertTrue(mursi.variants().containsAll(List.of("Mohamed Mursi", "Mohammed Morsi")),
                mursi.variants()::toString);
        assertEquals(2, mursi.mentionsByOutlet().size());
        assertTrue(story.entities().stream().noneMatch(e -> e.key().equals("person:KRY")),
                "surname-only Kerry attaches to the story's single full Kerry key");

        SpeakerQuotes kerry = story.speakers().stream().filter(s -> s.key().equals("person:KRY.JN")).findFirst()
                .orElseThrow();
        assertEquals("John Kerry", kerry.name());
        assertEquals(2, kerry.quotes().size(), "the shared quotation once, plus River Times' own");
        assertEquals(List.of("harbour-1", "river-1"),
                kerry.quotes().get(0).reports().stream().map(r -> r.articleId()).toList());
    }

    @Test
    void aRedeliveredOrCorrectedArticleReplacesItsContributionInsteadOfDuplicatingIt() {
        OfflineStoryGrouper grouper = new OfflineStoryGrouper();
        String first = grouper.assign(summitByHarbourPost());
        grouper.assign(summitByRiverTimes());
        EnrichedArticle corrected = Fixtures.article("river-1").source("River Times").at("2026-03-02T14:00:00Z")
                .title("Corrected: Morsi and Kerry discuss ceasefire in Cairo")
                .entity("Mohammed Morsi", EntityType.PERSON, "person:MRS.MHMT", 0.85,
                        "Egyptian President Mohammed Morsi received the envoy in Cairo for the ceasefire talks.")
                .build();

        assertEquals(first, grouper.assign(corrected));
        assertEquals(first, grouper.assign(summitByRiverTimes()), "a redelivery keeps its story");
        assertEquals(first, grouper.assign(corrected));

        Story story = grouper.stories().get(0);
        assertEquals(2, story.articles().size());
        assertEquals("Corrected: Morsi and Kerry discuss ceasefire in Cairo", story.articles().get(1).title());
        assertEquals(1, story.speakers().get(0).quotes().size(), "River Times' quotes went with its old version");
    }

    @Test
    void theSameEventOutsideTheWindowIsAnotherStory() {
        OfflineStoryGrouper grouper = new OfflineStoryGrouper(
                new GroupingConfig(Duration.ofDays(1), 0.30, 40, 0.05));
        EnrichedArticle later = Fixtures.article("river-9").source("River Times").at("2026-03-09T13:30:00Z")
                .title("Kerry meets Mursi in Cairo over ceasefire talks")
                .entity("John Kerry", EntityType.PERSON, "person:KRY.JN", 0.9,
                        "John Kerry flew to Cairo for ceasefire talks.")
                .build();

        List<String> ids = grouper.assignAll(List.of(summitByHarbourPost(), later));
        assertNotEquals(ids.get(0), ids.get(1));
    }

    @Test
    void theSameMinisterOnAnotherTopicTwoDaysLaterIsAnotherStoryButThePersonAndThePlaceTogetherJoin() {
        EnrichedArticle strike = Fixtures.article("strike-1").source("Harbour Post").at("2026-04-06T08:00:00Z")
                .title("Dockers halt the cranes at Port Halvik")
                .entity("Tomas Reinholt", EntityType.PERSON, "person:RNLT.TMS", 0.8,
                        "Transport minister Tomas Reinholt urged the dockers to return to work.")
                .entity("Dockers Union", EntityType.ORGANIZATION, "org:DOCKERSUNION", 0.7,
                        "The Dockers Union wants a wage rise of nine percent.")
                .entity("Port Halvik", EntityType.LOCATION, "loc:PORTHALVIK", 0.6,
                        "Container ships queued outside Port Halvik overnight.")
                .text("Cargo piles up on the quays while the cranes stand idle.")
                .build();
        EnrichedArticle roadSafety = Fixtures.article("roads-1").source("River Times").at("2026-04-08T10:00:00Z")
                .title("Speed cameras for every motorway junction")
                .entity("Tomas Reinholt", EntityType.PERSON, "person:RNLT.TMS", 0.9,
                        "Tomas Reinholt presented a campaign against speeding drivers.")
                .entity("Highway Board", EntityType.ORGANIZATION, "org:HIGHWAYBOARD", 0.3,
                        "The Highway Board will install the cameras this summer.")
                .text("Fatal crashes on motorways rose last winter, mostly at night.")
                .build();
        EnrichedArticle strikeFollowUp = Fixtures.article("strike-2").source("River Times").at("2026-04-08T12:00:00Z")
                .title("Minister meets striking port workers")
                .entity("Reinholt", EntityType.PERSON, "person:RNLT", 0.9,
                        "Reinholt spent the morning with the strikers.")
                .entity("Port Halvik", EntityType.LOCATION, "loc:PORTHALVIK", 0.7,
                        "Talks in Port Halvik went on until noon.")
                .text("No ship has left in three days.")
                .build();

        List<String> ids = new OfflineStoryGrouper().assignAll(List.of(strike, roadSafety, strikeFollowUp));
        assertNotEquals(ids.get(0), ids.get(1), "one shared person is not enough to make two events one");
        assertEquals(ids.get(0), ids.get(2), "the same person at the same place is");
    }

    @Test
    void replayingTheSameStreamGivesTheSameStoryIds() {
        List<EnrichedArticle> stream = List.of(summitByHarbourPost(), unrelatedHarvest(), summitByRiverTimes());
        assertEquals(new OfflineStoryGrouper().assignAll(stream), new OfflineStoryGrouper().assignAll(stream));
    }

    private static StoryEntity entity(Story story, String key) {
        return story.entities().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }
}
