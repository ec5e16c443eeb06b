package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newswire.contract.Article;
import newswire.contract.Json;

/**
 * One gold-annotated article (shared/eval/ANNOTATION.md): the body, its entities and its quotes, with the optional
 * fields of the span-annotated corpora (shared/corpora/polnear, shared/corpora/conll2003). All offsets here are
 * Python string indices (code points), as the gold files give them.
 */
public record GoldArticle(String id, String body, List<Entity> entities, List<Quote> quotes) {

    /**
     * @param mentions where the entity is named, when the gold marks it (CoNLL); empty otherwise
     */
    public record Entity(String name, String type, List<String> aliases, List<Span> mentions) {
    }

    /**
     * @param span          the quote's place in the body when the gold gives it; null: found by searching its text
     * @param marksShort    whether the gold carries the {@code short} field at all (any such quote puts the whole
     *                      folder in the short-quote mode)
     * @param isShort       the field's value: a quote of under 3 words, left out in that mode
     * @param speakerSpan   the source's place in the body when the gold gives it (PolNeAR); null otherwise
     */
    public record Quote(String text, Span span, boolean marksShort, boolean isShort, String speaker,
                        String speakerKind, Span speakerSpan) {
    }

    public static GoldArticle parse(String json) {
        try {
            JsonNode g = Json.mapper().readTree(json);
            List<Entity> entities = new ArrayList<>();
            for (JsonNode e : elements(g.get("entities"))) {
                entities.add(entity(e));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : elements(g.get("quotes"))) {
                quotes.add(quote(q));
            }
            return new GoldArticle(g.get("id").asText(), g.get("body").asText(), List.copyOf(entities),
                    List.copyOf(quotes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code *.json} of a folder in name order, as score.py's glob reads them (hidden files excluded). */
    public static List<GoldArticle> readFolder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> paths = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            List<GoldArticle> golds = new ArrayList<>();
            for (Path p : paths) {
                golds.add(parse(Files.readString(p)));
            }
            return golds;
        }
    }

    /** The article as a client would send it: id and body only. */
    public Article asArticle() {
        return new Article(id, null, body, null, null, null, null);
    }

    private static Entity entity(JsonNode e) {
        List<String> aliases = new ArrayList<>();
        elements(e.get("aliases")).forEach(a -> aliases.add(a.asText()));
        List<Span> mentions = new ArrayList<>();
        elements(e.get("mentions")).forEach(m -> mentions.add(new Span(m.get(0).asInt(), m.get(1).asInt())));
        return new Entity(e.get("name").asText(), e.get("type").asText(), List.copyOf(aliases),
                List.copyOf(mentions));
    }

    private static Quote quote(JsonNode q) {
        return new Quote(q.get("text").asText(), span(q, "start", "end"), q.has("short"), truthy(q.get("short")),
                textOrNull(q, "speaker"), textOrNull(q, "speakerKind"), span(q, "speakerStart", "speakerEnd"));
    }

    /** A span only when both ends are integers, as score.py's {@code isinstance(..., int)} checks. */
    private static Span span(JsonNode q, String startField, String endField) {
        JsonNode start = q.get(startField);
        JsonNode end = q.get(endField);
        boolean ints = start != null && end != null && start.isIntegralNumber() && end.isIntegralNumber();
        return ints ? new Span(start.asInt(), end.asInt()) : null;
    }

    /** Python's truth value of a JSON value, for {@code q.get("short")}. */
    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
