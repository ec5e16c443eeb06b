package newswire.extract;

import static newswire.extract.KafkaTestClient.awaitRecordWithKey;
import static newswire.extract.KafkaTestClient.awaitRecords;
import static newswire.extract.KafkaTestClient.produce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.Article;
import newswire.contract.ArticleIds;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.contract.Json;
import newswire.contract.Mention;
import newswire.contract.QuoteRecord;
import newswire.contract.Topics;
import newswire.extraction.ArticleEnricher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A newsroom publishes articles on {@code articles}; subscribers read entities and quotes on {@code articles.enriched}. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ArticleEnrichmentTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    static final String BODY = "Chancellor Angela Merkel met President Barack Obama in Berlin on Tuesday. "
            + "\"We will stand together against this threat,\" Merkel told reporters after the meeting. "
            + "Microsoft said it would open a new office in Munich next year. "
            + "Obama said the talks had been \"very productive\" and thanked the German government.";

    /** The very extractor the service runs, to compare the service's output with. */
    @Inject
    ArticleEnricher enricher;

    @Test
    void aPublishedArticleComesOutEnrichedUnderTheSameKey() throws Exception {
        String id = "story-" + UUID.randomUUID();
        Article article = new Article(id, "Berlin talks", BODY, "wire", "https://news.example/" + id,
                "2024-05-07T10:00:00Z", "en").withProvenance("newsroom", "2024-05-07T10:01:02.345Z");

        produce(Topics.ARTICLES, id, Json.mapper().writeValueAsBytes(article));
        ConsumerRecord<String, byte[]> out = awaitRecordWithKey(Topics.ENRICHED, id, TIMEOUT);

        EnrichedArticle enriched = Json.mapper().readValue(out.value(), EnrichedArticle.class);
        assertEquals(id, enriched.articleId());
        assertEquals(BODY, enriched.body());
        assertEquals("Berlin talks", enriched.title());
        assertEquals(EnrichedArticle.SCHEMA_VERSION, enriched.schemaVersion());
        assertEquals(ArticleEnricher.EXTRACTOR, enriched.extractor());
        assertNotNull(enriched.extractedAt());
        assertOffsetsIndexTheBody(enriched);
        assertEquals("newsroom", enriched.ingestedBy(), "provenance travels with the article");
        assertEquals("2024-05-07T10:01:02.345Z", enriched.receivedAt());

        assertTrue(enriched.entities().stream().anyMatch(e -> e.name().equals("Angela Merkel")
                && e.type() == EntityType.PERSON), () -> "entities: " + enriched.entities());
        assertTrue(enriched.quotes().stream().anyMatch(q -> q.text().contains("We will stand together")),
                () -> "quotes: " + enriched.quotes());

        EnrichedArticle direct = enricher.enrich(article);
        assertEquals(direct.entities(), enriched.entities(), "the service publishes what the extractor finds");
        assertEquals(direct.quotes(), enriched.quotes(), "the service publishes what the extractor finds");
    }

    @Test
    void theValueIsPlainJsonThatNonJavaSubscribersCanRead() throws Exception {
        String id = "plain-" + UUID.randomUUID();
        produce(Topics.ARTICLES, id, ("{\"id\":\"" + id + "\",\"body\":\"Obama spoke in Paris.\"}")
                .getBytes(StandardCharsets.UTF_8));

        byte[] value = awaitRecordWithKey(Topics.ENRICHED, id, TIMEOUT).value();
        var tree = Json.mapper().readTree(value);
        assertEquals(id, tree.get("articleId").asText());
        assertTrue(tree.get("entities").isArray());
        assertTrue(tree.get("quotes").isArray());
        assertTrue(tree.get("processingMs").isNumber());
        // a record from before provenance existed (or from another producer): enriched all the same, without it
        assertTrue(!tree.has("ingestedBy") && !tree.has("receivedAt"), tree.toString());
    }

    @Test
    void anArticleWithoutIdIsKeyedByItsStableDerivedId() throws Exception {
        String url = "https://news.example/no-id/" + UUID.randomUUID();
        Article article = new Article(null, null, BODY, null, url, null, "en");
        String expectedId = ArticleIds.idFor(article);

        produce(Topics.ARTICLES, null, Json.mapper().writeValueAsBytes(article));
        ConsumerRecord<String, byte[]> out = awaitRecordWithKey(Topics.ENRICHED, expectedId, TIMEOUT);

        assertEquals(expectedId, Json.mapper().readValue(out.value(), EnrichedArticle.class).articleId());
    }

    @Test
    void aRedeliveredArticleGivesTheSameKeyEntitiesAndQuotes() throws Exception {
        // at-least-once: a replay must be indistinguishable to a latest-per-key subscriber
        String id = "replay-" + UUID.randomUUID();
        byte[] value = Json.mapper().writeValueAsBytes(new Article(id, null, BODY, null, null, null, "en"));

        produce(Topics.ARTICLES, id, value);
        produce(Topics.ARTICLES, id, value);
        List<ConsumerRecord<String, byte[]>> outs = awaitRecords(Topics.ENRICHED, r -> id.equals(r.key()), 2, TIMEOUT);

        EnrichedArticle first = Json.mapper().readValue(outs.get(0).value(), EnrichedArticle.class);
        EnrichedArticle second = Json.mapper().readValue(outs.get(1).value(), EnrichedArticle.class);
        assertEquals(first.entities(), second.entities());
        assertEquals(first.quotes(), second.quotes());
        assertEquals(first.body(), second.body());
        assertEquals(outs.get(0).partition(), outs.get(1).partition(), "same key, same partition, same order");
    }

    static void assertOffsetsIndexTheBody(EnrichedArticle enriched) {
        String body = enriched.body();
        for (EntityRecord entity : enriched.entities()) {
            assertTrue(entity.count() >= 1, entity::toString);
            for (Mention mention : entity.mentions()) {
                assertEquals(mention.text(), body.substring(mention.start(), mention.end()), entity::toString);
            }
        }
        for (QuoteRecord quote : enriched.quotes()) {
            assertEquals(quote.text(), body.substring(quote.start(), quote.end()), quote::toString);
        }
    }
}
