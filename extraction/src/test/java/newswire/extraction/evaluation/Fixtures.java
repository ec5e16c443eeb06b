package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small invented gold articles and events for the scorer tests, built as JSON the way the gold files and the extract
 * service write them, and scored both by the Java ports and, when Python is there, by the shared scorers, which
 * must agree with the figures each test expects.
 */
final class Fixtures {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Fixtures() {
    }

    static ObjectNode gold(String id, String body) {
        ObjectNode g = JSON.objectNode().put("id", id).put("body", body);
        g.putArray("entities");
        g.putArray("quotes");
        return g;
    }

    /** A gold quote found by its text (no span given), as in the dev set. */
    static ObjectNode goldQuote(ObjectNode gold, String text, String speaker, String kind) {
        ObjectNode q = ((ArrayNode) gold.get("quotes")).addObject().put("text", text).put("speaker", speaker)
                .put("speakerKind", kind);
        return q;
    }

    /** The gold source span, PolNeAR-style: the first occurrence of {@code source} in the body, Python offsets. */
    static ObjectNode withSource(ObjectNode goldQuote, String body, String source, int occurrence) {
        int at = pythonIndex(body, nth(body, source, occurrence));
        return goldQuote.put("speakerStart", at).put("speakerEnd", at + PythonOffsets.length(source));
    }

    static ObjectNode goldEntity(ObjectNode gold, String name, String type, String... aliases) {
        ObjectNode e = ((ArrayNode) gold.get("entities")).addObject().put("name", name).put("type", type);
        ArrayNode a = e.putArray("aliases");
        for (String alias : aliases) {
            a.add(alias);
        }
        return e;
    }

    /** A gold mention of an entity, CoNLL-style: {@code [start, end]} in Python offsets. */
    static void goldMention(ObjectNode entity, String body, String text, int occurrence) {
        int at = pythonIndex(body, nth(body, text, occurrence));
        ArrayNode mentions = entity.has("mentions") ? (ArrayNode) entity.get("mentions") : entity.putArray("mentions");
        mentions.addArray().add(at).add(at + PythonOffsets.length(text));
    }

    static ObjectNode event(String id) {
        ObjectNode e = JSON.objectNode().put("articleId", id);
        e.putArray("entities");
        e.putArray("quotes");
        return e;
    }

    /** A predicted quote at the first occurrence of its text, with Java (UTF-16) offsets as events give them. */
    static ObjectNode predQuote(ObjectNode event, String body, String text) {
        int at = body.indexOf(text);
        return ((ArrayNode) event.get("quotes")).addObject().put("text", text).put("start", at)
                .put("end", at + text.length());
    }

    /** A named speaker with no span. */
    static ObjectNode speaker(ObjectNode predQuote, String name, String kind) {
        return predQuote.putObject("speaker").put("name", name).put("kind", kind);
    }

    /** A speaker whose own span is the n-th occurrence (from 0) of {@code where} in the body. */
    static ObjectNode speakerAt(ObjectNode predQuote, String name, String kind, String body, String where,
                                int occurrence) {
        int at = nth(body, where, occurrence);
        return speaker(predQuote, name, kind).put("start", at).put("end", at + where.length());
    }

    static ObjectNode predEntity(ObjectNode event, String id, String name, String type) {
        ObjectNode e = ((ArrayNode) event.get("entities")).addObject().put("id", id).put("name", name)
                .put("type", type);
        e.putArray("mentions");
        return e;
    }

    /** A predicted mention at the n-th occurrence of its text, Java offsets. */
    static void predMention(ObjectNode entity, String body, String text, int occurrence) {
        int at = nth(body, text, occurrence);
        ((ArrayNode) entity.get("mentions")).addObject().put("text", text).put("start", at)
                .put("end", at + text.length());
    }

    static int nth(String body, String text, int occurrence) {
        int at = body.indexOf(text);
        for (int i = 0; i < occurrence; i++) {
            at = body.indexOf(text, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException("not in the body: " + text);
        }
        return at;
    }

    static int pythonIndex(String body, int javaIndex) {
        return body.codePointCount(0, javaIndex);
    }

    /** score.py's figures for these articles by the Java port, checked against score.py itself when it is there. */
    static QualityReport quality(List<ObjectNode> golds, List<ObjectNode> events) throws Exception {
        List<GoldArticle> parsed = parse(golds);
        QualityScorer scorer = QualityScorer.forFolder(parsed);
        for (int i = 0; i < parsed.size(); i++) {
            scorer.add(parsed.get(i), i < events.size() ? events.get(i) : null);
        }
        QualityReport report = scorer.report();
        Optional<ReferenceScorers> python = ReferenceScorers.find();
        if (python.isPresent()) {
            Path dir = folder(golds);
            Path pred = ReferenceScorers.writeEvents(lines(events));
            ReferenceScorers.assertAgree(python.get().scoreJson(dir, pred), report.toJson(true), "score.py");
        }
        return report;
    }

    /** mention_score.py's figures by the Java port, checked against mention_score.py itself when it is there. */
    static MentionReport mentions(List<ObjectNode> golds, List<ObjectNode> events) throws Exception {
        List<GoldArticle> parsed = parse(golds);
        MentionScorer scorer = new MentionScorer();
        for (int i = 0; i < parsed.size(); i++) {
            scorer.add(parsed.get(i), i < events.size() ? events.get(i) : null);
        }
        MentionReport report = scorer.report();
        Optional<ReferenceScorers> python = ReferenceScorers.find();
        if (python.isPresent()) {
            Path pred = ReferenceScorers.writeEvents(lines(events));
            ReferenceScorers.assertAgree(python.get().mentionJson(folder(golds), pred), report.toJson(),
                    "mention_score.py");
        }
        return report;
    }

    private static List<GoldArticle> parse(List<ObjectNode> golds) {
        return golds.stream().map(g -> GoldArticle.parse(g.toString())).toList();
    }

    private static List<String> lines(List<ObjectNode> events) {
        return events.stream().map(JsonNode::toString).toList();
    }

    private static Path folder(List<ObjectNode> golds) throws IOException {
        Path dir = Files.createTempDirectory("gold");
        List<Path> files = new ArrayList<>();
        for (ObjectNode g : golds) {
            Path f = dir.resolve(g.get("id").asText() + ".json");
            Files.writeString(f, g.toString());
            files.add(f);
        }
        dir.toFile().deleteOnExit();
        files.forEach(f -> f.toFile().deleteOnExit());
        return dir;
    }
}
