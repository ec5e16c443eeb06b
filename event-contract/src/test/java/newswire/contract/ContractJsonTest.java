package newswire.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
        Article article = new Article("a1", "Talks", "Kerry said: \u201cWe hope.\u201d", "Reuters", null, null, "en")
                .withProvenance("reuters-wire", "2026-01-01T00:00:00.125Z");
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

    @Test
    void provenanceTravelsFromTheArticleToTheEnrichedEvent() {
        EnrichedArticle event = sample();
        assertEquals("reuters-wire", event.ingestedBy());
        assertEquals("2026-01-01T00:00:00.125Z", event.receivedAt());
        JsonNode json = Json.mapper().valueToTree(event);
        assertEquals("reuters-wire", json.get("ingestedBy").asText());
        assertEquals("2026-01-01T00:00:00.125Z", json.get("receivedAt").asText());
    }

    @Test
    void anArticleIngestedBeforeProvenanceExistedStillMakesAValidEventWithoutIt() throws Exception {
        // a record already on the topic when the services were upgraded
        Article old = Json.mapper().readValue("""
                {"id": "a0", "body": "Old text.", "title": null}""", Article.class);
        EnrichedArticle event = EnrichedArticle.of(old, List.of(), List.of(), new ExtractorInfo("x", "1"),
                "2026-01-01T00:00:00Z", 1);
        JsonNode json = Json.mapper().valueToTree(event);
        assertFalse(json.has("ingestedBy"), json.toString());
        assertFalse(json.has("receivedAt"), json.toString());
        assertTrue(json.has("title"), "the fields of the first shape are written as before, null included");
        assertHasRequired(schema("enriched-article.schema.json"), json);
    }

    /** The version stays 1 because the change is an addition: what a subscriber may rely on is unchanged. */
    @Test
    void provenanceIsAnOptionalAdditionSoTheSchemaVersionStays() throws Exception {
        assertEquals(1, EnrichedArticle.SCHEMA_VERSION);
        Set<String> required = new HashSet<>();
        schema("enriched-article.schema.json").get("required").forEach(f -> required.add(f.asText()));
        assertEquals(Set.of("schemaVersion", "articleId", "body", "entities", "quotes", "extractor", "extractedAt",
                "processingMs"), required, "the first version's required fields, no more");
        Set<String> articleRequired = new HashSet<>();
        schema("article.schema.json").get("required").forEach(f -> articleRequired.add(f.asText()));
        assertEquals(Set.of("id", "body"), articleRequired);
    }

    /**
     * A subscriber compiled against the first version of this module, whose record had no provenance, reads the
     * new events with a stock ObjectMapper (which fails on unknown properties unless the type says otherwise).
     */
    @Test
    void aSubscriberBuiltAgainstTheFirstShapeReadsTheNewEvents() throws Exception {
        byte[] bytes = new JsonSerializer<EnrichedArticle>().serialize("t", sample());
        FirstShape old = new com.fasterxml.jackson.databind.ObjectMapper().readValue(bytes, FirstShape.class);
        assertEquals(1, old.schemaVersion());
        assertEquals("a1", old.articleId());
        assertEquals("We hope.", old.quotes().get(0).text());
    }

    /** {@link EnrichedArticle} as it was shipped before provenance was added, annotations included. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FirstShape(int schemaVersion, String articleId, String title, String body, String source, String url,
                      String publishedAt, String language, List<EntityRecord> entities, List<QuoteRecord> quotes,
                      ExtractorInfo extractor, String extractedAt, long processingMs) {
    }

    @Test
    void anArticleRecordCarriesItsProvenance() throws Exception {
        Article article = new Article("a1", null, "Text.", null, null, null, null)
                .withProvenance("newsroom", "2026-01-01T00:00:00Z");
        byte[] bytes = new JsonSerializer<Article>().serialize("t", article);
        JsonNode json = Json.mapper().readTree(bytes);
        assertEquals("newsroom", json.get("ingestedBy").asText());
        assertFalse(json.has("title"), "absent fields stay absent on the articles topic");
        try (var deserializer = new newswire.contract.serde.ArticleDeserializer()) {
            assertEquals(article, deserializer.deserialize("t", bytes));
        }
        assertEquals(Set.of("id", "body", "ingestedBy", "receivedAt"), fieldNames(json));
        Set<String> described = new HashSet<>();
        schema("article.schema.json").get("properties").fieldNames().forEachRemaining(described::add);
        assertTrue(described.containsAll(fieldNames(Json.mapper().valueToTree(
                new Article("i", "t", "b", "s", "u", "p", "l", "c", "r")))), "the schema names every field");
    }

    private static Set<String> fieldNames(JsonNode json) {
        Set<String> names = new HashSet<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
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
