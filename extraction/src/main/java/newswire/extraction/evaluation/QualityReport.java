package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The figures score.py reports for one folder, and the two ways it shows them: {@link #toJson} is its
 * {@code --json} output and {@link #lines} its text, figure for figure.
 *
 * @param entities         document-level entity P/R/F1; null (n/a) when no gold article of the folder has entities
 * @param speakerByKind    speaker accuracy over the matched quotes per gold speakerKind ("-" when the gold has none)
 * @param speakerRules     how many right speakers each rule accepted: {@code span}, {@code name}, {@code last}
 */
public record QualityReport(int articles, int missing, Prf quotes, double speakerAccuracy, double quoteSpeakerF1,
                            Prf entities, boolean shortMode, int goldShortIgnored, int predShortIgnored,
                            SortedMap<String, KindTally> speakerByKind, SortedMap<String, Integer> speakerRules) {

    /** Matched quotes of one gold speakerKind, and how many of them got the right speaker. */
    public record KindTally(int matched, int right) {
        public double accuracy() {
            return matched == 0 ? 0.0 : (double) right / matched;
        }
    }

    /** Entity F1, or null when entities are not scored. */
    public Double entityF1() {
        return entities == null ? null : entities.f1();
    }

    /** Whether the gold gives speaker kinds at all, so that a per-kind breakdown says something. */
    public boolean hasSpeakerKinds() {
        return speakerByKind.keySet().stream().anyMatch(k -> !k.equals("-"));
    }

    /**
     * The figures by the names score.py's JSON gives them, plus {@code speaker_acc.KIND} per speaker kind; entity
     * figures only when scored. These are the names of the quality floors.
     */
    public Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("quote_f1", quotes.f1());
        f.put("speaker_acc", speakerAccuracy);
        f.put("quote_speaker_f1", quoteSpeakerF1);
        if (entities != null) {
            f.put("entity_f1", entities.f1());
        }
        speakerByKind.forEach((kind, tally) -> f.put("speaker_acc." + kind, tally.accuracy()));
        return f;
    }

    /** What {@code score.py --json} prints, with {@code --by-kind} when {@code byKind}. */
    public ObjectNode toJson(boolean byKind) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("articles", articles);
        out.put("missing", missing);
        out.put("quote_p", quotes.precision());
        out.put("quote_r", quotes.recall());
        out.put("quote_f1", quotes.f1());
        out.put("speaker_acc", speakerAccuracy);
        out.put("quote_speaker_f1", quoteSpeakerF1);
        out.put("entity_p", entities == null ? null : entities.precision());
        out.put("entity_r", entities == null ? null : entities.recall());
        out.put("entity_f1", entityF1());
        if (shortMode) {
            out.put("gold_short_ignored", goldShortIgnored);
            out.put("pred_short_ignored", predShortIgnored);
        }
        if (byKind) {
            ObjectNode kinds = out.putObject("speaker_by_kind");
            speakerByKind.forEach((kind, t) -> kinds.putObject(kind)
                    .put("matched", t.matched()).put("right", t.right()).put("acc", t.accuracy()));
            ObjectNode rules = out.putObject("speaker_rules");
            speakerRules.forEach(rules::put);
        }
        return out;
    }

    /** What score.py prints without {@code --json} (and without {@code --verbose}), line by line. */
    public List<String> lines(boolean byKind) {
        List<String> lines = new ArrayList<>();
        lines.add("articles " + articles + " (missing " + missing + ")");
        lines.add("quotes   P " + f3(quotes.precision()) + " R " + f3(quotes.recall()) + " F1 " + f3(quotes.f1()));
        lines.add("speaker  accuracy " + f3(speakerAccuracy) + "   quote+speaker F1 " + f3(quoteSpeakerF1));
        lines.add(entities == null ? "entities n/a (no gold entities in DIR)"
                : "entities P " + f3(entities.precision()) + " R " + f3(entities.recall())
                        + " F1 " + f3(entities.f1()));
        if (shortMode) {
            lines.add("short    ignored: " + goldShortIgnored + " gold quotes, " + predShortIgnored
                    + " predicted quotes");
        }
        if (byKind) {
            speakerByKind.forEach((kind, t) -> lines.add(String.format("  speaker[%-11s] %5d/%5d  accuracy %s",
                    kind, t.right(), t.matched(), f3(t.accuracy()))));
            lines.add("  right by rule: " + speakerRules.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        return lines;
    }

    private static String f3(double x) {
        return PythonText.fixed(x, 3);
    }
}
