package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures mention_score.py reports for one folder: {@link #toJson} is its {@code --json} output and
 * {@link #lines} its table.
 *
 * @param badOffsets predicted mentions whose offsets are not in the body or do not cover their text
 * @param byType     PERSON, ORGANIZATION, LOCATION in that order
 * @param spanOnly   exact span, type ignored
 */
public record MentionReport(int documents, int missing, int badOffsets, Map<String, Tally> byType, Tally overall,
                            Tally spanOnly) {

    /** Mention counts of one row: gold mentions, predicted mentions, right ones, and their P/R/F1. */
    public record Tally(int gold, int predicted, int tp, Prf prf) {
        static Tally of(int tp, int fp, int fn) {
            return new Tally(tp + fn, tp + fp, tp, Prf.of(tp, fp, fn));
        }
    }

    /** What {@code mention_score.py --json} prints. */
    public ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("documents", documents);
        out.put("missing", missing);
        out.put("bad_offsets", badOffsets);
        byType.forEach((type, t) -> put(out, type, t));
        put(out, "overall", overall);
        put(out, "span_only", spanOnly);
        return out;
    }

    private static void put(ObjectNode out, String row, Tally t) {
        out.putObject(row).put("gold", t.gold()).put("pred", t.predicted()).put("tp", t.tp())
                .put("p", t.prf().precision()).put("r", t.prf().recall()).put("f1", t.prf().f1());
    }

    /** What mention_score.py prints without {@code --json}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("documents " + documents + " (missing " + missing + ", predicted mentions with bad offsets "
                + badOffsets + ")");
        lines.add(String.format("%-14s %6s %6s %6s  %6s %6s %6s", "type", "gold", "pred", "tp", "P", "R", "F1"));
        byType.forEach((type, t) -> lines.add(row(type, t)));
        lines.add(row("overall", overall));
        lines.add(row("span_only", spanOnly));
        return lines;
    }

    private static String row(String name, Tally t) {
        return String.format("%-14s %6d %6d %6d  %6s %6s %6s", name, t.gold(), t.predicted(), t.tp(),
                PythonText.fixed(t.prf().precision(), 4), PythonText.fixed(t.prf().recall(), 4),
                PythonText.fixed(t.prf().f1(), 4));
    }
}
