package newswire.extraction.evaluation;

import static newswire.extraction.evaluation.Fixtures.event;
import static newswire.extraction.evaluation.Fixtures.gold;
import static newswire.extraction.evaluation.Fixtures.goldEntity;
import static newswire.extraction.evaluation.Fixtures.goldMention;
import static newswire.extraction.evaluation.Fixtures.predEntity;
import static newswire.extraction.evaluation.Fixtures.predMention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mention_score.py port on an invented article: a mention is right only with the exact span and the exact type.
 * Expected counts are worked out by hand; where Python is at hand, mention_score.py must give the same.
 */
class MentionScorerTest {

    private static final String BODY = "Ola Brandt flew from Eastbridge to Port Haldane on Monday.\n"
            + "Brandt met the Haldane Ferry Company there.\n";

    private static ObjectNode goldArticle() {
        ObjectNode g = gold("ferry", BODY);
        ObjectNode brandt = goldEntity(g, "Ola Brandt", "PERSON", "Brandt");
        goldMention(brandt, BODY, "Ola Brandt", 0);
        goldMention(brandt, BODY, "Brandt", 1);
        goldMention(goldEntity(g, "Eastbridge", "LOCATION"), BODY, "Eastbridge", 0);
        goldMention(goldEntity(g, "Port Haldane", "LOC"), BODY, "Port Haldane", 0);
        goldMention(goldEntity(g, "Haldane Ferry Company", "ORGANIZATION"), BODY, "Haldane Ferry Company", 0);
        return g;
    }

    @Test
    void aMentionCountsOnlyWithTheExactSpanAndType() throws Exception {
        ObjectNode e = event("ferry");
        ObjectNode brandt = predEntity(e, "e1", "Ola Brandt", "PERSON");
        predMention(brandt, BODY, "Ola Brandt", 0);
        predMention(brandt, BODY, "Brandt", 1);
        // right span, wrong type
        predMention(predEntity(e, "e2", "Eastbridge", "ORGANIZATION"), BODY, "Eastbridge", 0);
        // right type, span one word short
        predMention(predEntity(e, "e3", "Haldane", "LOCATION"), BODY, "Haldane", 0);
        predMention(predEntity(e, "e4", "Haldane Ferry Company", "ORG"), BODY, "Haldane Ferry Company", 0);
        // not a scored type
        predMention(predEntity(e, "e5", "Monday", "MISC"), BODY, "Monday", 0);

        MentionReport report = Fixtures.mentions(List.of(goldArticle()), List.of(e));

        assertEquals(new MentionReport.Tally(2, 2, 2, Prf.of(2, 0, 0)), report.byType().get("PERSON"));
        assertEquals(new MentionReport.Tally(1, 2, 1, Prf.of(1, 1, 0)), report.byType().get("ORGANIZATION"));
        assertEquals(new MentionReport.Tally(2, 1, 0, Prf.of(0, 1, 2)), report.byType().get("LOCATION"));
        assertEquals(new MentionReport.Tally(5, 5, 3, Prf.of(3, 2, 2)), report.overall());
        assertEquals(0.6, report.overall().prf().f1(), 1e-12);
        // type ignored: Eastbridge's span is right too
        assertEquals(4, report.spanOnly().tp());
    }

    /** Mentions are sets: the same span with the same type in two entities is one prediction. */
    @Test
    void aSpanPredictedTwiceCountsOnce() throws Exception {
        ObjectNode e = event("ferry");
        predMention(predEntity(e, "e1", "Ola Brandt", "PERSON"), BODY, "Brandt", 1);
        predMention(predEntity(e, "e2", "Brandt", "PERSON"), BODY, "Brandt", 1);

        MentionReport report = Fixtures.mentions(List.of(goldArticle()), List.of(e));

        assertEquals(new MentionReport.Tally(2, 1, 1, Prf.of(1, 0, 1)), report.byType().get("PERSON"));
    }

    /**
     * A mention whose text is not what its offsets cover is bad but still scored by its offsets; one outside the
     * body is bad and dropped. A missing article counts as predicting nothing.
     */
    @Test
    void badOffsetsAreCountedAndMissingArticlesPredictNothing() throws Exception {
        ObjectNode e = event("ferry");
        ObjectNode brandt = predEntity(e, "e1", "Ola Brandt", "PERSON");
        predMention(brandt, BODY, "Ola Brandt", 0);
        brandt.withArray("mentions").addObject().put("text", "Brandt").put("start", 0).put("end", 6);
        brandt.withArray("mentions").addObject().put("text", "Brandt").put("start", 500).put("end", 506);
        ObjectNode other = gold("other", "Eastbridge sleeps.\n");
        goldMention(goldEntity(other, "Eastbridge", "LOCATION"), "Eastbridge sleeps.\n", "Eastbridge", 0);

        MentionReport report = Fixtures.mentions(List.of(goldArticle(), other), List.of(e));

        assertEquals(2, report.badOffsets());
        assertEquals(1, report.missing());
        assertEquals(new MentionReport.Tally(2, 2, 1, Prf.of(1, 1, 1)), report.byType().get("PERSON"));
        assertEquals(new MentionReport.Tally(3, 0, 0, Prf.of(0, 0, 3)), report.byType().get("LOCATION"));
    }

    /** Gold offsets are Python indices, event offsets UTF-16: after an emoji they differ, and must still meet. */
    @Test
    void eventOffsetsAreReadAsUtf16() throws Exception {
        String body = "\uD83D\uDEA2 Ola Brandt waved.\n";
        ObjectNode g = gold("wave", body);
        goldMention(goldEntity(g, "Ola Brandt", "PERSON"), body, "Ola Brandt", 0);
        ObjectNode e = event("wave");
        predMention(predEntity(e, "e1", "Ola Brandt", "PERSON"), body, "Ola Brandt", 0);

        MentionReport report = Fixtures.mentions(List.of(g), List.of(e));

        assertEquals(1.0, report.overall().prf().f1());
        assertEquals(0, report.badOffsets());
    }
}
