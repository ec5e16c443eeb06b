package newswire.stories.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newswire.contract.EnrichedArticle;
import newswire.contract.EntityType;
import newswire.stories.Fixtures;
import org.junit.jupiter.api.Test;

class DigesterTest {

    private final Digester digester = new Digester(GroupingConfig.defaults());

    @Test
    void anArticleWithoutTitleIsHeadlinedByItsFirstSentence() {
        EnrichedArticle untitled = Fixtures.article("u-1")
                .text("Flood waters rose across the valley on Tuesday. Residents moved to higher ground.").build();
        assertEquals("Flood waters rose across the valley on Tuesday", digester.digest(untitled).title());
    }

    @Test
    void quotesCarryTheSpeakersKeyAndTheTermVectorIsNormalised() {
        ArticleDigest digest = digester.digest(Fixtures.article("k-1").title("Harbour strike ends")
                .entity("Lena Ortiz", EntityType.PERSON, "person:ORTS.LN", 0.9, "Union leader Lena Ortiz spoke.")
                .quote("Lena Ortiz", "The dockers go back to work tomorrow morning").build());
        assertEquals("person:ORTS.LN", digest.quotes().get(0).speakerKey());
        assertEquals("said", digest.quotes().get(0).cue());
        double norm = digest.terms().values().stream().mapToDouble(v -> v * v).sum();
        assertEquals(1.0, norm, 1e-9);
        assertTrue(digest.terms().containsKey("harbour"));
        assertTrue(digest.terms().keySet().stream().noneMatch(t -> t.equals("the")), "function words are dropped");
    }

    @Test
    void aSpeakerWithoutEntityKeyFallsBackToItsNormalisedName() {
        EnrichedArticle old = Fixtures.article("o-1")
                .entity("Lena Ortiz", EntityType.PERSON, null, 0.9, "Union leader Lena Ortiz spoke.")
                .quote("Lena Ortiz", "We are going back to work").build();
        assertEquals("person:ORTIZ", digester.digest(old).quotes().get(0).speakerKey());
    }
}
