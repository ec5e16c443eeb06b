package newswire.extraction.evaluation;

import static newswire.extraction.evaluation.Fixtures.event;
import static newswire.extraction.evaluation.Fixtures.gold;
import static newswire.extraction.evaluation.Fixtures.goldEntity;
import static newswire.extraction.evaluation.Fixtures.goldQuote;
import static newswire.extraction.evaluation.Fixtures.predEntity;
import static newswire.extraction.evaluation.Fixtures.predMention;
import static newswire.extraction.evaluation.Fixtures.predQuote;
import static newswire.extraction.evaluation.Fixtures.speaker;
import static newswire.extraction.evaluation.Fixtures.speakerAt;
import static newswire.extraction.evaluation.Fixtures.withSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The score.py port on invented articles, one rule at a time. Every expected figure is worked out by hand from
 * score.py's rules; where Python is at hand, score.py must give the same (see {@link Fixtures#quality}).
 */
class QualityScorerTest {

    /** A wire-style paragraph; the source "the harbour master" is a description, "she" a pronoun. */
    private static final String HARBOUR = "Ola Brandt, the mayor of Eastbridge, cut the ribbon on Monday.\n"
            + "\"The ferry is back for good,\" she said.\n"
            + "\"Nobody will wait in the rain again,\" the harbour master told reporters.\n";

    @Test
    void aSpeakerWhoseSpanOverlapsTheSourceSpanIsRightByTheSpanRule() throws Exception {
        ObjectNode g = gold("harbour", HARBOUR);
        withSource(goldQuote(g, "Nobody will wait in the rain again,", "the harbour master", "DESCRIPTION"),
                HARBOUR, "the harbour master", 0);
        ObjectNode e = event("harbour");
        // a made-up name that shares no word with the source: only its span can make it right
        speakerAt(predQuote(e, HARBOUR, "Nobody will wait in the rain again,"), "Per Lind", "PERSON", HARBOUR,
                "harbour master", 0);

        QualityReport report = Fixtures.quality(List.of(g), List.of(e));

        assertEquals(1.0, report.speakerAccuracy());
        assertEquals(Map.of("span", 1), report.speakerRules());
    }

    @Test
    void theSameSpeakerPointingElsewhereIsWrong() throws Exception {
        ObjectNode g = gold("harbour", HARBOUR);
        withSource(goldQuote(g, "Nobody will wait in the rain again,", "the harbour master", "DESCRIPTION"),
                HARBOUR, "the harbour master", 0);
        ObjectNode e = event("harbour");
        speakerAt(predQuote(e, HARBOUR, "Nobody will wait in the rain again,"), "Per Lind", "PERSON", HARBOUR,
                "Ola Brandt", 0);

        QualityReport report = Fixtures.quality(List.of(g), List.of(e));

        assertEquals(0.0, report.speakerAccuracy());
        assertEquals(new QualityReport.KindTally(1, 0), report.speakerByKind().get("DESCRIPTION"));
    }

    /** The source is an appositive phrase; a name inside it is right although its span is not given. */
    @Test
    void aNameInsideTheSourcePhraseIsRightByTheNameRule() throws Exception {
        String body = "\"We will rebuild the pier,\" said Ola Brandt, the mayor of Eastbridge, on Monday.\n";
        ObjectNode g = gold("pier", body);
        withSource(goldQuote(g, "We will rebuild the pier,", "Ola Brandt, the mayor of Eastbridge,", "PERSON"),
                body, "Ola Brandt, the mayor of Eastbridge,", 0);
        ObjectNode e = event("pier");
        speaker(predQuote(e, body, "We will rebuild the pier,"), "Ola Brandt", "PERSON");

        QualityReport report = Fixtures.quality(List.of(g), List.of(e));

        assertEquals(1.0, report.speakerAccuracy());
        assertEquals(Map.of("name", 1), report.speakerRules());
    }

    /**
     * "Thomas Harwick" shares too few words with the whole source for the name rule, but its last word is the last
     * capitalised word of the source's head, "Sen. Tom Harwick".
     */
    @Test
    void theLastWordOfTheNameAgainstTheHeadOfTheSourceIsRightByTheLastRule() throws Exception {
        String source = "Sen. Tom Harwick (R-Ore.), the committee chair,";
        String body = "\"The bill is dead on arrival,\" " + source + " said in a statement.\n";
        ObjectNode g = gold("bill", body);
        withSource(goldQuote(g, "The bill is dead on arrival,", source, "PERSON"), body, source, 0);
        ObjectNode e = event("bill");
        speaker(predQuote(e, body, "The bill is dead on arrival,"), "Thomas Harwick", "PERSON");

        QualityReport report = Fixtures.quality(List.of(g), List.of(e));

        assertEquals(1.0, report.speakerAccuracy());
        assertEquals(Map.of("last", 1), report.speakerRules());
        assertEquals("harwick", SpeakerJudge.lastCapitalised("Sen. Tom Harwick "));
        assertEquals("ore", SpeakerJudge.lastCapitalised(source));
    }

    /**
     * The gold source is the pronoun and the corpus does not resolve it, so naming the right person from another
     * mention cannot be checked and counts as wrong; pointing at the pronoun itself is right.
     */
    @Test
    void aPronounSourceIsRightOnlyWhenThePredictionPointsAtThePronoun() throws Exception {
        ObjectNode g = gold("harbour", HARBOUR);
        withSource(goldQuote(g, "The ferry is back for good,", "she", "PRONOUN"), HARBOUR, "she", 0);
        ObjectNode byName = event("harbour");
        speakerAt(predQuote(byName, HARBOUR, "The ferry is back for good,"), "Ola Brandt", "PERSON", HARBOUR,
                "Ola Brandt", 0);
        ObjectNode atThePronoun = event("harbour");
        speakerAt(predQuote(atThePronoun, HARBOUR, "The ferry is back for good,"), "Ola Brandt", "PERSON", HARBOUR,
                "she", 0);
        ObjectNode pronounWithoutSpan = event("harbour");
        speaker(predQuote(pronounWithoutSpan, HARBOUR, "The ferry is back for good,"), "she", "PERSON");

        assertEquals(0.0, Fixtures.quality(List.of(g), List.of(byName)).speakerAccuracy());
        assertEquals(1.0, Fixtures.quality(List.of(g), List.of(atThePronoun)).speakerAccuracy());
        assertEquals(0.0, Fixtures.quality(List.of(g), List.of(pronounWithoutSpan)).speakerAccuracy());
    }

    /**
     * A speaker given as a pronoun says nothing about who spoke, even when it is linked to the right entity: only
     * its span could make it right.
     */
    @Test
    void aPronounPredictedByNameIsWrongEvenWhenItsEntityIsTheSource() throws Exception {
        String body = "\"We will rebuild the pier,\" said Ola Brandt, the mayor of Eastbridge, on Monday.\n";
        ObjectNode g = gold("pier", body);
        withSource(goldQuote(g, "We will rebuild the pier,", "Ola Brandt, the mayor of Eastbridge,", "PERSON"),
                body, "Ola Brandt, the mayor of Eastbridge,", 0);
        ObjectNode e = event("pier");
        predMention(predEntity(e, "e1", "Ola Brandt", "PERSON"), body, "Ola Brandt", 0);
        speaker(predQuote(e, body, "We will rebuild the pier,"), "she", "PERSON").put("entityId", "e1");

        assertEquals(0.0, Fixtures.quality(List.of(g), List.of(e)).speakerAccuracy());
    }

    @Test
    void speakerAccuracyIsCountedPerGoldKind() throws Exception {
        ObjectNode g = gold("harbour", HARBOUR);
        withSource(goldQuote(g, "The ferry is back for good,", "she", "PRONOUN"), HARBOUR, "she", 0);
        withSource(goldQuote(g, "Nobody will wait in the rain again,", "the harbour master", "DESCRIPTION"),
                HARBOUR, "the harbour master", 0);
        ObjectNode e = event("harbour");
        speakerAt(predQuote(e, HARBOUR, "The ferry is back for good,"), "Ola Brandt", "PERSON", HARBOUR, "she", 0);
        speaker(predQuote(e, HARBOUR, "Nobody will wait in the rain again,"), "a ferry passenger", "DESCRIPTION");

        QualityReport report = Fixtures.quality(List.of(g), List.of(e));

        assertEquals(new QualityReport.KindTally(1, 1), report.speakerByKind().get("PRONOUN"));
        assertEquals(new QualityReport.KindTally(1, 0), report.speakerByKind().get("DESCRIPTION"));
        assertEquals(0.5, report.figures().get("speaker_acc"));
        assertEquals(1.0, report.figures().get("speaker_acc.PRONOUN"));
        assertEquals(0.0, report.figures().get("speaker_acc.DESCRIPTION"));
    }

    /** Old-style gold names the speaker's entity; any of its aliases, or the fuller name's tail, is right. */
    @Test
    void withoutSpansASpeakerIsJudgedByTheGoldEntitysForms() throws Exception {
        ObjectNode g = gold("harbour", HARBOUR);
        goldEntity(g, "Ola Brandt", "PERSON", "Brandt");
        goldQuote(g, "The ferry is back for good,", "Ola Brandt", "PERSON");
        goldQuote(g, "Nobody will wait in the rain again,", "Ola Brandt", "PERSON");
        ObjectNode e = event("harbour");
        speaker(predQuote(e, HARBOUR, "The ferry is back for good,"), "Brandt", "PERSON");
        speaker(predQuote(e, HARBOUR, "Nobody will wait in the rain again,"), "Ola", "PERSON");

        QualityReport report = Fixtures.quality(List.of(g), List.of(e));

        // "Ola" is part of the name but not its last word
        assertEquals(0.5, report.speakerAccuracy());
        assertEquals(Map.of("name", 1), report.speakerRules());
    }

    private static final String SCARE = "The council called the plan \"smart\" and \"very odd\".\n"
            + "\"We will open the new pier next spring,\" the mayor said.\n"
            + "Critics \"are not convinced at all by any of it\".\n";

    /** Fragments neither help nor hurt: the short gold quote is left out, short or overlapping predictions ignored. */
    @Test
    void inTheShortModeShortGoldQuotesAndFragmentsCountNeitherWay() throws Exception {
        ObjectNode g = gold("scare", SCARE);
        goldQuote(g, "smart", null, "UNKNOWN").put("short", true);
        goldQuote(g, "We will open the new pier next spring,", "the mayor", "DESCRIPTION");
        ObjectNode e = predictedScareQuotes();

        QualityReport report = Fixtures.quality(List.of(g), List.of(e));

        assertTrue(report.shortMode());
        assertEquals(1, report.goldShortIgnored());
        // "smart" overlaps the short gold quote, "very odd" has two words
        assertEquals(2, report.predShortIgnored());
        // one hit, and the long unmatched quote is still a false positive
        assertEquals(0.5, report.quotes().precision());
        assertEquals(1.0, report.quotes().recall());
    }

    /** The same predictions against gold without the field: every fragment is a false positive. */
    @Test
    void withoutTheShortFieldEveryQuoteCounts() throws Exception {
        ObjectNode g = gold("scare", SCARE);
        goldQuote(g, "We will open the new pier next spring,", "the mayor", "DESCRIPTION");

        QualityReport report = Fixtures.quality(List.of(g), List.of(predictedScareQuotes()));

        assertFalse(report.shortMode());
        assertEquals(0.25, report.quotes().precision());
        assertEquals(1.0, report.quotes().recall());
    }

    private static ObjectNode predictedScareQuotes() {
        ObjectNode e = event("scare");
        predQuote(e, SCARE, "smart");
        predQuote(e, SCARE, "very odd");
        speaker(predQuote(e, SCARE, "We will open the new pier next spring,"), "the mayor", "DESCRIPTION");
        predQuote(e, SCARE, "are not convinced at all by any of it");
        return e;
    }

    /** The same words twice: the gold span says which one was the quote, not the first occurrence. */
    @Test
    void aGoldSpanIsUsedInsteadOfSearchingForTheText() throws Exception {
        String body = "Signs read \"save the pier\" all week.\nThen the mayor said: \"save the pier\".\n";
        ObjectNode g = gold("signs", body);
        int second = Fixtures.nth(body, "save the pier", 1);
        goldQuote(g, "save the pier", "the mayor", "DESCRIPTION").put("start", second).put("end", second + 13);
        ObjectNode first = event("signs");
        predQuote(first, body, "save the pier");
        ObjectNode atTheSecond = event("signs");
        atTheSecond.withArray("quotes").addObject().put("text", "save the pier").put("start", second)
                .put("end", second + 13);

        assertEquals(0.0, Fixtures.quality(List.of(g), List.of(first)).quotes().f1());
        assertEquals(1.0, Fixtures.quality(List.of(g), List.of(atTheSecond)).quotes().f1());
    }

    /**
     * After an emoji (two UTF-16 units, one Python character) event offsets and gold offsets differ by one. Eight
     * of them shift a 30-character quote far enough to miss its gold, and a one-character speaker span at the last
     * letter of the source onto the space after it, unless event offsets are read as UTF-16.
     */
    @Test
    void eventOffsetsAreReadAsUtf16AndGoldOffsetsAsPythonIndices() throws Exception {
        String body = "Ferry day " + "\uD83D\uDEA2".repeat(8) + " in Eastbridge.\n"
                + "\"It is a fine day for the town,\" Ola Brandt said.\n";
        ObjectNode g = gold("emoji", body);
        ObjectNode q = goldQuote(g, "It is a fine day for the town,", "Ola Brandt", "PERSON");
        int start = Fixtures.pythonIndex(body, body.indexOf("It is"));
        q.put("start", start).put("end", start + 30);
        withSource(q, body, "Ola Brandt", 0);
        ObjectNode e = event("emoji");
        int lastLetter = body.indexOf("Brandt") + 5;
        speaker(predQuote(e, body, "It is a fine day for the town,"), "Per Lind", "PERSON")
                .put("start", lastLetter).put("end", lastLetter + 1);

        QualityReport report = Fixtures.quality(List.of(g), List.of(e));

        assertEquals(1.0, report.quotes().f1());
        assertEquals(Map.of("span", 1), report.speakerRules());
    }

    /** An offset inside a surrogate pair is no offset: the quote is found by its text instead (both ends given
     * here are wrong, so reading them as offsets would miss the quote). */
    @Test
    void anEventOffsetInsideASurrogatePairFallsBackToTheText() throws Exception {
        String body = "\uD83D\uDEA2 \"Boats are back in the harbour,\" Ola Brandt said.\n";
        ObjectNode g = gold("boats", body);
        goldQuote(g, "Boats are back in the harbour,", "Ola Brandt", "PERSON");
        ObjectNode e = event("boats");
        e.withArray("quotes").addObject().put("text", "Boats are back in the harbour,").put("start", 1)
                .put("end", 5);

        assertEquals(1.0, Fixtures.quality(List.of(g), List.of(e)).quotes().f1());
    }

    @Test
    void entitiesAreNotScoredWhenNoGoldArticleHasAny() throws Exception {
        ObjectNode g = gold("harbour", HARBOUR);
        ObjectNode e = event("harbour");
        predMention(predEntity(e, "e1", "Ola Brandt", "PERSON"), HARBOUR, "Ola Brandt", 0);

        QualityReport report = Fixtures.quality(List.of(g), List.of(e));

        assertNull(report.entities());
        assertFalse(report.figures().containsKey("entity_f1"));
        assertTrue(report.toJson(false).get("entity_f1").isNull());
        assertTrue(report.lines(false).contains("entities n/a (no gold entities in DIR)"));
    }

    /** One-to-one: an entity split in two costs a false positive; a missing article predicts nothing. */
    @Test
    void entitiesAreMatchedOneToOneByTypeAndSurfaceForm() throws Exception {
        ObjectNode g = gold("harbour", HARBOUR);
        goldEntity(g, "Ola Brandt", "PERSON", "Brandt");
        goldEntity(g, "Eastbridge", "LOCATION");
        ObjectNode missing = gold("missing", "Eastbridge is quiet.\n");
        goldEntity(missing, "Eastbridge", "LOCATION");
        ObjectNode e = event("harbour");
        predMention(predEntity(e, "e1", "Ola Brandt", "PERSON"), HARBOUR, "Ola Brandt", 0);
        predMention(predEntity(e, "e2", "Brandt", "PERSON"), HARBOUR, "Brandt", 0);
        predMention(predEntity(e, "e3", "Eastbridge", "ORGANIZATION"), HARBOUR, "Eastbridge", 0);

        QualityReport report = Fixtures.quality(List.of(g, missing), List.of(e));

        assertEquals(1, report.missing());
        assertEquals(1.0 / 3, report.entities().precision());
        assertEquals(1.0 / 3, report.entities().recall());
    }
}
