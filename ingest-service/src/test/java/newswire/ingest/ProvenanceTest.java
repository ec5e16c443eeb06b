package newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.UUID;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.Article;
import org.junit.jupiter.api.Test;

/**
 * Every article on the topic says which client pushed it and when the service received it, as the service saw
 * it: a client cannot claim to be another, or to have sent the text at another time, by writing it in the body.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ProvenanceTest {

    @Test
    void anArticleCarriesItsClientAndTheTimeItWasReceived() {
        Instant before = Instant.now();
        JsonPath answer = PublishArticleTest.post("{\"body\": \"Provenance " + UUID.randomUUID() + ".\"}");
        Instant after = Instant.now();

        Article stored = PublishArticleTest.storedRecord(answer).value();
        assertEquals("newsroom", stored.ingestedBy());
        Instant received = Instant.parse(stored.receivedAt());
        assertFalse(received.isBefore(before.minusMillis(1)) || received.isAfter(after), received.toString());
    }

    @Test
    void provenanceWrittenInTheBodyIsIgnored() {
        JsonPath answer = PublishArticleTest.post("""
                {"body": "Spoof %s.", "ingestedBy": "reuters", "receivedAt": "2001-01-01T00:00:00Z"}"""
                .formatted(UUID.randomUUID()));

        Article stored = PublishArticleTest.storedRecord(answer).value();
        assertEquals("newsroom", stored.ingestedBy());
        assertTrue(Instant.parse(stored.receivedAt()).isAfter(Instant.parse("2025-01-01T00:00:00Z")),
                stored.receivedAt());
    }

    @Test
    void everyArticleOfABatchCarriesTheClientThatSentTheBatch() {
        String run = UUID.randomUUID().toString();
        JsonPath answer = TestClients.as(TestClients.WIRE_IMPORTER_KEY).contentType("application/json").body("""
                        [{"body": "One %1$s.", "ingestedBy": "newsroom"}, {"body": "Two %1$s."}]""".formatted(run))
                .when().post("/articles").then().statusCode(200).extract().jsonPath();

        for (int i = 0; i < 2; i++) {
            Article stored = ArticlesTopic.recordAt(answer.getInt("results[" + i + "].partition"),
                    answer.getLong("results[" + i + "].offset")).value();
            assertEquals("wire-importer", stored.ingestedBy(), "item " + i);
        }
    }
}
