package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line-by-line Java port of {@code shared/eval/score.py}'s metrics, so the quality gate runs without Python.
 * {@code newswire.extraction.EvaluationTest} checks it against score.py whenever Python is there, so the two cannot drift apart.
 * Predictions are the enriched events as JSON, exactly what score.py reads.
 */
public final class QualityScorer {

    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final Map<String, String> TYPE_ALIASES =
            Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION", "GPE", "LOCATION");
    private static final Set<String> STOP =
            Set.of("a", "an", "the", "one", "of", "to", "in", "for", "and", "who", "its", "his", "her", "their");
    /** Python's {@code [^\w\s]} on str: anything but letters, digits, underscore and white space */
    private static final Pattern NOT_WORD_OR_SPACE =
            Pattern.compile("[^\\p{L}\\p{N}_\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private int quoteTp;
    private int quoteFp;
    private int quoteFn;
    private int speakerOk;
    private int entityTp;
    private int entityFp;
    private int entityFn;
    private int articles;

    /** Scores one article: its gold annotation and the predicted event (null when the article is missing). */
    public void add(GoldArticle gold, JsonNode event) {
        articles++;
        String body = gold.body();
        List<GoldArticle.Quote> goldQuotes = gold.quotes();
        List<JsonNode> predQuotes = list(event == null ? null : event.get("quotes"));
        List<int[]> goldSpans = goldSpans(body, goldQuotes);
        List<int[]> predSpans = new ArrayList<>();
        for (JsonNode q : predQuotes) {
            predSpans.add(predSpan(body, q));
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < goldSpans.size(); i++) {
            for (int j = 0; j < predSpans.size(); j++) {
                pairs.add(new double[] {overlap(goldSpans.get(i), predSpans.get(j)), i, j});
            }
        }
        // Python sorts the (overlap, i, j) tuples in reverse: by overlap, then i, then j, all descending
        pairs.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1])
                .thenComparingDouble(p -> p[2]).reversed());
        Set<Integer> goldMatched = new HashSet<>();
        Set<Integer> predMatched = new HashSet<>();
        List<int[]> matched = new ArrayList<>();
        for (double[] p : pairs) {
            if (p[0] < 0.8) {
                break;
            }
            int i = (int) p[1];
            int j = (int) p[2];
            if (goldMatched.contains(i) || predMatched.contains(j)) {
                continue;
            }
            goldMatched.add(i);
            predMatched.add(j);
            matched.add(new int[] {i, j});
        }
        Map<String, Set<String>> goldForms = goldForms(gold.entities());
        List<JsonNode> predEntities = list(event == null ? null : event.get("entities"));
        int ok = 0;
        for (int[] m : matched) {
            if (speakerOk(goldQuotes.get(m[0]), predQuotes.get(m[1]), goldForms, predEntities)) {
                ok++;
            }
        }
        quoteTp += matched.size();
        quoteFp += predQuotes.size() - matched.size();
        quoteFn += goldQuotes.size() - matched.size();
        speakerOk += ok;
        scoreEntities(gold, goldForms, predEntities);
    }

    private void scoreEntities(GoldArticle gold, Map<String, Set<String>> goldForms, List<JsonNode> predEntities) {
        List<JsonNode> typed = new ArrayList<>();
        for (JsonNode e : predEntities) {
            if (TYPES.contains(normType(text(e, "type")))) {
                typed.add(e);
            }
        }
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        for (GoldArticle.Entity ge : gold.entities()) {
            for (int k = 0; k < typed.size(); k++) {
                JsonNode e = typed.get(k);
                if (used.contains(k) || !normType(text(e, "type")).equals(ge.type())) {
                    continue;
                }
                Set<String> forms = predForms(e);
                forms.retainAll(goldForms.get(ge.name()));
                if (!forms.isEmpty()) {
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

    public Metrics metrics() {
        double quoteF1 = f1(quoteTp, quoteFp, quoteFn);
        double speakerAccuracy = quoteTp == 0 ? 0.0 : (double) speakerOk / quoteTp;
        double quoteSpeakerF1 = f1(speakerOk, quoteTp + quoteFp - speakerOk, quoteTp + quoteFn - speakerOk);
        return new Metrics(articles, quoteF1, speakerAccuracy, quoteSpeakerF1, f1(entityTp, entityFp, entityFn));
    }

    /** The four figures of the quality gate, as score.py names them. */
    public record Metrics(int articles, double quoteF1, double speakerAccuracy, double quoteSpeakerF1,
                          double entityF1) {
        public Map<String, Double> byName() {
            return Map.of("quote_f1", quoteF1, "speaker_acc", speakerAccuracy, "quote_speaker_f1", quoteSpeakerF1,
                    "entity_f1", entityF1);
        }
    }

    static String fold(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = t.replace('’', '\'').replace('‘', '\'');
        t = NOT_WORD_OR_SPACE.matcher(t).replaceAll(" ");
        return String.join(" ", splitWords(t));
    }

    private static List<String> splitWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(s.strip())) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : splitWords(fold(s))) {
            if (!STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<int[]> goldSpans(String body, List<GoldArticle.Quote> quotes) {
        List<int[]> spans = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (GoldArticle.Quote q : quotes) {
            int start = body.indexOf(q.text());
            while (used.contains(start) && start != -1) {
                start = body.indexOf(q.text(), start + 1);
            }
            used.add(start);
            spans.add(new int[] {start, start + q.text().length()});
        }
        return spans;
    }

    /** Offsets are Java string indices already, which is what score.py maps its UTF-16 table from. */
    private static int[] predSpan(String body, JsonNode q) {
        JsonNode start = q.get("start");
        JsonNode end = q.get("end");
        if (start != null && end != null && start.isInt() && end.isInt() && onCharBoundary(body, start.asInt())
                && onCharBoundary(body, end.asInt())) {
            return new int[] {start.asInt(), end.asInt()};
        }
        String text = q.hasNonNull("text") ? q.get("text").asText() : "";
        int i = text.isEmpty() ? -1 : body.indexOf(text);
        return i >= 0 ? new int[] {i, i + text.length()} : new int[] {-1, -1};
    }

    private static boolean onCharBoundary(String body, int i) {
        return i >= 0 && i <= body.length() && (i == 0 || i == body.length() || !Character.isLowSurrogate(body.charAt(i)));
    }

    private static double overlap(int[] a, int[] b) {
        int inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
        int longest = Math.max(Math.max(a[1] - a[0], b[1] - b[0]), 1);
        return (double) inter / longest;
    }

    private static Map<String, Set<String>> goldForms(List<GoldArticle.Entity> entities) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (GoldArticle.Entity e : entities) {
            Set<String> f = new HashSet<>();
            f.add(fold(e.name()));
            e.aliases().forEach(a -> f.add(fold(a)));
            forms.put(e.name(), f);
        }
        return forms;
    }

    private static Set<String> predForms(JsonNode e) {
        Set<String> forms = new HashSet<>();
        forms.add(fold(text(e, "name")));
        for (JsonNode a : list(e.get("aliases"))) {
            forms.add(fold(a.asText()));
        }
        for (JsonNode m : list(e.get("mentions"))) {
            forms.add(fold(m.isObject() ? text(m, "text") : m.asText()));
        }
        forms.remove("");
        return forms;
    }

    private static String normType(String t) {
        String upper = (t == null ? "" : t).toUpperCase(Locale.ROOT);
        return TYPE_ALIASES.getOrDefault(upper, upper);
    }

    private static boolean speakerOk(GoldArticle.Quote gold, JsonNode pred, Map<String, Set<String>> goldForms,
                                     List<JsonNode> predEntities) {
        String gs = gold.speaker();
        String gk = gold.speakerKind();
        JsonNode sp = pred.get("speaker");
        String pname;
        String ptext = null;
        String pkind = "";
        String entityId = null;
        if (sp != null && sp.isTextual()) {
            pname = sp.asText();
        } else if (sp != null && sp.isObject()) {
            pname = text(sp, "name");
            ptext = text(sp, "text");
            if (pname == null || pname.isEmpty()) {
                pname = ptext;
            }
            pkind = text(sp, "kind") == null ? "" : text(sp, "kind").toUpperCase(Locale.ROOT);
            entityId = sp.hasNonNull("entityId") ? sp.get("entityId").asText() : null;
        } else {
            pname = null;
        }
        if (gs == null || "UNKNOWN".equals(gk)) {
            return pname == null || pname.isEmpty() || pkind.equals("UNKNOWN");
        }
        if (pname == null || pname.isEmpty()) {
            return false;
        }
        Set<String> candidates = new HashSet<>();
        candidates.add(fold(pname));
        if (ptext != null && !ptext.isEmpty()) {
            candidates.add(fold(ptext));
        }
        if (entityId != null) {
            for (JsonNode e : predEntities) {
                if (entityId.equals(text(e, "id"))) {
                    candidates.addAll(predForms(e));
                }
            }
        }
        if (("PERSON".equals(gk) || "ORGANIZATION".equals(gk)) && goldForms.containsKey(gs)) {
            for (String c : candidates) {
                if (goldForms.get(gs).contains(c)) {
                    return true;
                }
            }
            List<String> full = splitWords(fold(gs));
            for (String c : candidates) {
                List<String> cw = splitWords(c);
                if (!c.isEmpty() && new HashSet<>(full).containsAll(cw)
                        && cw.get(cw.size() - 1).equals(full.get(full.size() - 1))) {
                    return true;
                }
            }
            return false;
        }
        Set<String> gw = new HashSet<>(words(gs));
        for (String c : candidates) {
            Set<String> cw = new HashSet<>(splitWords(c));
            cw.removeAll(STOP);
            if (gw.isEmpty() || cw.isEmpty()) {
                continue;
            }
            Set<String> inter = new HashSet<>(gw);
            inter.retainAll(cw);
            Set<String> union = new HashSet<>(gw);
            union.addAll(cw);
            if (cw.containsAll(gw) || gw.containsAll(cw) || (double) inter.size() / union.size() >= 0.5) {
                return true;
            }
        }
        return false;
    }

    private static double f1(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
