package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A line-by-line Java port of {@code shared/eval/score.py}: quotes, speakers and document-level entities of enriched
 * events against gold articles, micro-averaged over a folder, so the quality gate and {@code bin/evaluate} run
 * without Python. {@code EvaluationTest} checks it against score.py whenever Python is there, so the two cannot
 * drift apart. Predictions are the enriched events as JSON, exactly what score.py reads.
 * <p>
 * Add every gold article of a folder (with its event, or null when it has none), then read the {@link #report()}.
 * The short-quote mode is a property of the whole folder, hence {@link #forFolder}.
 */
public final class QualityScorer {

    private final boolean shortMode;
    private int articles;
    private int missing;
    private int quoteTp;
    private int quoteFp;
    private int quoteFn;
    private int speakerOk;
    private int entityTp;
    private int entityFp;
    private int entityFn;
    private boolean goldHasEntities;
    private int goldShortIgnored;
    private int predShortIgnored;
    private final Map<String, int[]> byKind = new TreeMap<>();
    private final TreeMap<String, Integer> byRule = new TreeMap<>();

    /** @param shortMode whether short gold quotes and predicted fragments are left out (see score.py) */
    public QualityScorer(boolean shortMode) {
        this.shortMode = shortMode;
    }

    /** A scorer for these gold articles: in the short-quote mode when any of their quotes has the "short" field. */
    public static QualityScorer forFolder(List<GoldArticle> golds) {
        return new QualityScorer(golds.stream().flatMap(g -> g.quotes().stream())
                .anyMatch(GoldArticle.Quote::marksShort));
    }

    /** Scores one article: its gold annotation and the predicted event (null: missing, so it predicts nothing). */
    public void add(GoldArticle gold, JsonNode event) {
        articles++;
        if (event == null) {
            missing++;
        }
        PythonOffsets body = new PythonOffsets(gold.body());
        List<GoldArticle.Quote> goldQuotes = gold.quotes();
        List<JsonNode> predQuotes = EventFields.list(event, "quotes");
        QuoteMatching m = QuoteMatching.of(goldQuotes, predQuotes, body, shortMode);
        goldShortIgnored += goldQuotes.size() - m.live().size();
        predShortIgnored += m.ignored().size();
        Map<String, Set<String>> goldForms = EntityForms.ofGold(gold.entities());
        List<JsonNode> predEntities = EventFields.list(event, "entities");
        SpeakerJudge judge = new SpeakerJudge(goldForms, predEntities, body);
        for (int[] pair : m.matched()) {
            GoldArticle.Quote q = goldQuotes.get(pair[0]);
            countSpeaker(q.speakerKind(), judge.verdict(q, predQuotes.get(pair[1])));
        }
        int predCounted = predQuotes.size() - m.ignored().size();
        quoteTp += m.matched().size();
        quoteFp += predCounted - m.matched().size();
        quoteFn += m.live().size() - m.matched().size();
        scoreEntities(gold, goldForms, predEntities);
    }

    private void countSpeaker(String goldKind, SpeakerJudge.Verdict verdict) {
        int[] kind = byKind.computeIfAbsent(EventFields.firstNonEmpty(goldKind, "-"), k -> new int[2]);
        kind[0]++;
        if (verdict.right()) {
            kind[1]++;
            speakerOk++;
            byRule.merge(verdict.rule(), 1, Integer::sum);
        }
    }

    /** One-to-one: each gold entity takes the first unused predicted entity of its type sharing a surface form. */
    private void scoreEntities(GoldArticle gold, Map<String, Set<String>> goldForms, List<JsonNode> predEntities) {
        goldHasEntities |= !gold.entities().isEmpty();
        List<JsonNode> typed = new ArrayList<>();
        for (JsonNode e : predEntities) {
            if (ScoreWords.ENTITY_TYPES.contains(ScoreWords.normType(EventFields.text(e, "type")))) {
                typed.add(e);
            }
        }
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        for (GoldArticle.Entity ge : gold.entities()) {
            for (int k = 0; k < typed.size(); k++) {
                JsonNode e = typed.get(k);
                if (used.contains(k) || !ScoreWords.normType(EventFields.text(e, "type")).equals(ge.type())) {
                    continue;
                }
                Set<String> shared = EntityForms.ofPredicted(e);
                shared.retainAll(goldForms.get(ge.name()));
                if (!shared.isEmpty()) {
                    used.add(k);
                    tp++;
                    break;
                }
            }
        }
        entityTp += tp;
        entityFp += typed.size() - tp;
        entityFn += gold.entities().size() - tp;
    }

    public QualityReport report() {
        Prf quotes = Prf.of(quoteTp, quoteFp, quoteFn);
        double speakerAccuracy = quoteTp == 0 ? 0.0 : (double) speakerOk / quoteTp;
        double quoteSpeakerF1 = Prf.of(speakerOk, quoteTp + quoteFp - speakerOk, quoteTp + quoteFn - speakerOk).f1();
        // a corpus without entity annotation (PolNeAR) does not score entities at all, rather than as 0
        Prf entities = goldHasEntities ? Prf.of(entityTp, entityFp, entityFn) : null;
        java.util.SortedMap<String, QualityReport.KindTally> kinds = new TreeMap<>();
        byKind.forEach((k, v) -> kinds.put(k, new QualityReport.KindTally(v[0], v[1])));
        return new QualityReport(articles, missing, quotes, speakerAccuracy, quoteSpeakerF1, entities, shortMode,
                goldShortIgnored, predShortIgnored, kinds, new TreeMap<>(byRule));
    }
}
