package newswire.extraction;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import newswire.contract.Json;
import newswire.extraction.evaluation.GoldArticle;
import newswire.extraction.evaluation.MentionReport;
import newswire.extraction.evaluation.MentionScorer;
import newswire.extraction.evaluation.QualityReport;
import newswire.extraction.evaluation.QualityScorer;
import newswire.extraction.evaluation.ReferenceScorers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The quality gate: the production extractor over gold-annotated articles must keep every checked figure at or above
 * the floor committed in {@code quality-floor.properties}. The figures come from the Java ports of the shared scorers
 * (score.py, mention_score.py); when Python and the shared folder are at hand, the Python scorers score the same
 * output and must agree on every figure they report, so the ports cannot drift from the scorers everyone else uses.
 */
class EvaluationTest {

    private static final List<String> QUOTES_SPEAKERS_ENTITIES =
            List.of("quote_f1", "speaker_acc", "quote_speaker_f1", "entity_f1");

    /** the models load once for all sets: this JVM's one enricher */
    private static ArticleEnricher enricher;
    private static Properties floors;

    @BeforeAll
    static void loadModels() throws IOException {
        enricher = ArticleEnricher.createDefault();
        floors = new Properties();
        try (InputStream in = EvaluationTest.class.getResourceAsStream("/quality-floor.properties")) {
            floors.load(in);
        }
    }

    /** The two seed articles the product was conceived from (src/test/resources/gold); floors under "seeds". */
    @Test
    void theSeedArticlesStayAboveTheirFloors() throws Exception {
        // test resources sit on the file system (target/test-classes), so the folder can be scored as it is
        check("seeds", resource("/gold"), QUOTES_SPEAKERS_ENTITIES);
    }

    /** Twelve articles written and annotated after the rules were tuned, in styles unlike the dev set. */
    @Test
    void theHeldOutSetStaysAboveItsFloors() throws Exception {
        check("heldout", resource("/heldout"), QUOTES_SPEAKERS_ENTITIES);
    }

    /**
     * Ten more articles (election night, markets, floods, a celebrity post, rugby, a recall, a wire story with
     * unnamed officials, a strike, a research study, a profile), written and annotated by hand before their
     * first measurement: the honest stand-in for articles nobody has seen.
     */
    @Test
    void theSecondHeldOutSetStaysAboveItsFloors() throws Exception {
        check("heldout2", resource("/heldout2"), QUOTES_SPEAKERS_ENTITIES);
    }

    @Test
    void theDevSetStaysAboveItsFloors() throws Exception {
        check("dev-set", shared("dev-set"), QUOTES_SPEAKERS_ENTITIES);
    }

    /**
     * PolNeAR's dev split: quotes with their annotated source spans, no entities. Speakers are judged by the span
     * rules of score.py; a PRONOUN source is right only when the prediction points at the pronoun.
     */
    @Test
    void polnearDevStaysAboveItsFloors() throws Exception {
        check("polnear-dev", shared("corpora/polnear/dev"), List.of("quote_f1", "speaker_acc", "quote_speaker_f1",
                "speaker_acc.DESCRIPTION", "speaker_acc.PERSON", "speaker_acc.PRONOUN"));
    }

    /** CoNLL-2003 testa: names only (no quotes), scored by exact mention span and type, and per document. */
    @Test
    void conllTestaStaysAboveItsFloors() throws Exception {
        check("conll-testa", shared("corpora/conll2003/testa"), List.of("mention_f1", "entity_f1"));
    }

    private static Path resource(String folder) throws Exception {
        return Path.of(EvaluationTest.class.getResource(folder).toURI());
    }

    /** A folder of the shared directory beside the checkout; the test is skipped, saying so, when it is not there. */
    private static Path shared(String folder) {
        String shared = System.getProperty("newswire.shared.dir");
        Path dir = shared == null ? null : Path.of(shared, folder);
        assumeTrue(dir != null && Files.isDirectory(dir),
                () -> "skipped: no " + folder + " in the shared folder (newswire.shared.dir=" + shared + ")");
        return dir;
    }

    private static void check(String name, Path goldDir, List<String> checked) throws Exception {
        List<GoldArticle> golds = GoldArticle.readFolder(goldDir);
        long started = System.nanoTime();
        List<String> events = new ArrayList<>();
        for (GoldArticle gold : golds) {
            events.add(Json.mapper().writeValueAsString(enricher.enrich(gold.asArticle())));
        }
        QualityScorer quality = QualityScorer.forFolder(golds);
        MentionScorer mentions = new MentionScorer();
        for (int i = 0; i < golds.size(); i++) {
            JsonNode event = Json.mapper().readTree(events.get(i));
            quality.add(golds.get(i), event);
            mentions.add(golds.get(i), event);
        }
        QualityReport q = quality.report();
        MentionReport m = mentions.report();
        System.out.printf("%s: %d articles enriched in %.1f s%n", name, golds.size(),
                (System.nanoTime() - started) / 1e9);
        q.lines(true).forEach(line -> System.out.println("  " + line));
        if (MentionScorer.hasMentions(golds)) {
            m.lines().forEach(line -> System.out.println("  " + line));
        }
        agreesWithThePythonScorers(goldDir, events, q, m);
        assertAboveFloors(name, figures(q, m), checked);
    }

    private static Map<String, Double> figures(QualityReport quality, MentionReport mentions) {
        Map<String, Double> figures = new LinkedHashMap<>(quality.figures());
        figures.put("mention_f1", mentions.overall().prf().f1());
        return figures;
    }

    /** Every checked figure at or above its floor; all that fell are named at once, not only the first. */
    private static void assertAboveFloors(String name, Map<String, Double> figures, List<String> checked) {
        StringBuilder seen = new StringBuilder("  checked against floors:");
        checked.forEach(f -> seen.append(String.format(" %s %.4f", f, figures.get(f))));
        System.out.println(seen);
        List<Executable> checks = new ArrayList<>();
        for (String figure : checked) {
            String key = name + "." + figure;
            String floor = floors.getProperty(key);
            assertNotNull(floor, "no floor for " + key + " in quality-floor.properties");
            Double value = figures.get(figure);
            assertNotNull(value, name + " reports no " + figure);
            checks.add(() -> assertTrue(value >= Double.parseDouble(floor),
                    () -> String.format("%s %s fell to %.4f, below its floor %s", name, figure, value, floor)));
        }
        assertAll(name + " floors", checks);
    }

    /**
     * score.py and mention_score.py over the very same events: every figure they print in JSON must be the Java
     * port's, and score.py's text lines must be the ones {@code bin/evaluate} prints.
     */
    private static void agreesWithThePythonScorers(Path goldDir, List<String> events, QualityReport quality,
                                                   MentionReport mentions) throws Exception {
        Optional<ReferenceScorers> python = ReferenceScorers.find();
        if (python.isEmpty()) {
            System.out.println("  python3 or the shared scorers missing: the Java ports are not cross-checked");
            return;
        }
        Path pred = ReferenceScorers.writeEvents(events);
        ReferenceScorers.assertAgree(python.get().scoreJson(goldDir, pred), quality.toJson(true), "score.py");
        assertEquals(python.get().scoreLines(goldDir, pred), quality.lines(true), "score.py's printed lines");
        ReferenceScorers.assertAgree(python.get().mentionJson(goldDir, pred), mentions.toJson(), "mention_score.py");
        assertEquals(python.get().mentionLines(goldDir, pred), mentions.lines(), "mention_score.py's printed table");
        System.out.println("  score.py and mention_score.py agree on every figure");
    }
}
