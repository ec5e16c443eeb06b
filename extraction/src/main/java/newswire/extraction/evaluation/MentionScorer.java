package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Java port of {@code shared/eval/mention_score.py}: CoNLL-style mention-level NER scoring. A predicted mention is
 * right only when its span is exactly a gold mention's span and its type that mention's type (as conlleval); micro
 * P/R/F1 per type (PERSON, ORGANIZATION, LOCATION; other types are not scored) and overall, and "span only" with the
 * type ignored. Mentions are compared as sets, so a span predicted twice with the same type counts once.
 */
public final class MentionScorer {

    /** The scored types, in mention_score.py's order. */
    public static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

    private record TypedSpan(Span span, String type) {
    }

    private final Map<String, int[]> byType = new LinkedHashMap<>();
    private final int[] spanOnly = new int[3];
    private int documents;
    private int missing;
    private int badOffsets;

    public MentionScorer() {
        TYPES.forEach(t -> byType.put(t, new int[3]));
    }

    /** Whether any of these gold articles marks where its entities are named, so that mentions can be scored. */
    public static boolean hasMentions(List<GoldArticle> golds) {
        return golds.stream().flatMap(g -> g.entities().stream()).anyMatch(e -> !e.mentions().isEmpty());
    }

    /** Scores one article: its gold annotation and the predicted event (null: missing, so it predicts nothing). */
    public void add(GoldArticle gold, JsonNode event) {
        documents++;
        if (event == null) {
            missing++;
        }
        Set<TypedSpan> goldSpans = goldSpans(gold);
        Set<TypedSpan> predSpans = predictedSpans(new PythonOffsets(gold.body()), event);
        for (String t : TYPES) {
            count(byType.get(t), only(goldSpans, t), only(predSpans, t));
        }
        count(spanOnly, untyped(goldSpans), untyped(predSpans));
    }

    private static Set<TypedSpan> goldSpans(GoldArticle gold) {
        Set<TypedSpan> spans = new HashSet<>();
        for (GoldArticle.Entity e : gold.entities()) {
            String t = ScoreWords.normType(e.type());
            if (TYPES.contains(t)) {
                e.mentions().forEach(m -> spans.add(new TypedSpan(m, t)));
            }
        }
        return spans;
    }

    /**
     * Every mention of a scored type. An offset that is not a code point boundary in the body makes the mention a
     * bad one, left out; a mention whose text is not what its offsets cover is also counted bad, but scored by its
     * offsets all the same.
     */
    private Set<TypedSpan> predictedSpans(PythonOffsets body, JsonNode event) {
        Set<TypedSpan> spans = new HashSet<>();
        for (JsonNode e : EventFields.list(event, "entities")) {
            String t = ScoreWords.normType(EventFields.text(e, "type"));
            if (!TYPES.contains(t)) {
                continue;
            }
            for (JsonNode m : EventFields.list(e, "mentions")) {
                Integer start = EventFields.offset(m, "start");
                Integer end = EventFields.offset(m, "end");
                if (start == null || end == null || !body.isBoundary(start) || !body.isBoundary(end)) {
                    badOffsets++;
                    continue;
                }
                Span span = new Span(body.toPython(start), body.toPython(end));
                String text = EventFields.text(m, "text");
                if (text != null && !body.slice(span.start(), span.end()).equals(text)) {
                    badOffsets++;
                }
                spans.add(new TypedSpan(span, t));
            }
        }
        return spans;
    }

    private static Set<TypedSpan> only(Set<TypedSpan> spans, String type) {
        Set<TypedSpan> out = new HashSet<>();
        spans.stream().filter(s -> s.type().equals(type)).forEach(out::add);
        return out;
    }

    private static Set<Span> untyped(Set<TypedSpan> spans) {
        Set<Span> out = new HashSet<>();
        spans.forEach(s -> out.add(s.span()));
        return out;
    }

    /** tp, fp, fn of two sets */
    private static <T> void count(int[] tally, Set<T> gold, Set<T> predicted) {
        Set<T> both = new HashSet<>(gold);
        both.retainAll(predicted);
        tally[0] += both.size();
        tally[1] += predicted.size() - both.size();
        tally[2] += gold.size() - both.size();
    }

    public MentionReport report() {
        Map<String, MentionReport.Tally> types = new LinkedHashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            int[] c = e.getValue();
            types.put(e.getKey(), MentionReport.Tally.of(c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new MentionReport(documents, missing, badOffsets, types, MentionReport.Tally.of(tp, fp, fn),
                MentionReport.Tally.of(spanOnly[0], spanOnly[1], spanOnly[2]));
    }
}
