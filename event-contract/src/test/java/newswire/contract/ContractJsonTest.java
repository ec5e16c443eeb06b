package newswire.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newswire.contract.serde.EnrichedArticleDeserializer;
import newswire.contract.serde.JsonSerializer;
import org.junit.jupiter.api.Test;

/** The records, the JSON Schema and the serdes must describe the same event. */
class ContractJsonTest {

    private static EnrichedArticle sample() {
        Article article = new Article("a1", "Talks", "Kerry said: \u201cWe hope.\u201d", "Reuters", null, null, "en");
        EntityRecord kerry = new EntityRecord("e1", "John Kerry", EntityType.PERSON,
                List.of(new Mention("Kerry", 0, 5)), 1, 1.0);
        QuoteRecord quote = new QuoteRecord("q1", "We hope.", 13, 21, QuoteType.FULL,
                new Speaker("John Kerry", SpeakerKind.PERSON, "e1", 0, 5), new Cue("said", 6, 10), 0.9);
        return EnrichedArticle.of(article, List.of(kerry), List.of(quote), new ExtractorInfo("x", "1"),
                "2026-01-01T00:00:00Z", 3);
    }

    @Test
    void anEnrichedEventSurvivesTheSerdesUnchanged() {
        EnrichedArticle event = sample();
        byte[] bytes = new JsonSerializer<EnrichedArticle>().serialize("t", event);
        try (var deserializer = new EnrichedArticleDeserializer()) {
            assertEquals(event, deserializer.deserialize("t", bytes));
        }
    }

    @Test
    void everyFieldTheSchemaRequiresIsWritten() throws Exception {
        JsonNode schema = schema("enriched-article.schema.json");
        JsonNode event = Json.mapper().valueToTree(sample());
        assertHasRequired(schema, event);
        assertHasRequired(schema.at("/$defs/entity"), event.at("/entities/0"));
        assertHasRequired(schema.at("/$defs/quote"), event.at("/quotes/0"));
        assertHasRequired(schema.at("/$defs/span"), event.at("/quotes/0/cue"));
        assertEquals(EnrichedArticle.SCHEMA_VERSION, schema.at("/properties/schemaVersion/const").asInt());
    }

    @Test
    void theSchemaNamesNoFieldTheRecordLacks() throws Exception {
        JsonNode schema = schema("enriched-article.schema.json");
        JsonNode event = Json.mapper().valueToTree(sample());
        Set<String> written = new HashSet<>();
        event.fieldNames().forEachRemaining(written::add);
        Set<String> described = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(described::add);
        assertEquals(described, written);
    }

    private static void assertHasRequired(JsonNode schema, JsonNode value) {
        for (JsonNode field : schema.get("required")) {
            assertTrue(value.has(field.asText()), "missing " + field.asText() + " in " + value);
        }
    }

    private static JsonNode schema(String name) throws Exception {
        try (InputStream in = ContractJsonTest.class.getResourceAsStream("/newswire/schema/" + name)) {
            return Json.mapper().readTree(in);
        }
    }
}
