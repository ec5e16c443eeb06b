package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import newswire.contract.Article;
import newswire.contract.Json;

/** One gold-annotated article (shared/eval/ANNOTATION.md): the body, its entities and its quotes. */
public record GoldArticle(String id, String body, List<Entity> entities, List<Quote> quotes) {

    public record Entity(String name, String type, List<String> aliases) {
    }

    public record Quote(String text, String speaker, String speakerKind) {
    }

    public static GoldArticle parse(String json) {
        try {
            JsonNode g = Json.mapper().readTree(json);
            List<Entity> entities = new ArrayList<>();
            for (JsonNode e : g.get("entities")) {
                List<String> aliases = new ArrayList<>();
                if (e.has("aliases")) {
                    e.get("aliases").forEach(a -> aliases.add(a.asText()));
                }
                entities.add(new Entity(e.get("name").asText(), e.get("type").asText(), List.copyOf(aliases)));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : g.get("quotes")) {
                quotes.add(new Quote(q.get("text").asText(), textOrNull(q, "speaker"), textOrNull(q, "speakerKind")));
            }
            return new GoldArticle(g.get("id").asText(), g.get("body").asText(), List.copyOf(entities),
                    List.copyOf(quotes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article as a client would send it: id and body only. */
    public Article asArticle() {
        return new Article(id, null, body, null, null, null, null);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
