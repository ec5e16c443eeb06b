package newswire.extract;

import static newswire.extract.KafkaTestClient.awaitRecordWithKey;
import static newswire.extract.KafkaTestClient.produce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.Article;
import newswire.contract.Json;
import newswire.contract.Topics;
import org.junit.jupiter.api.Test;

/**
 * Two outlets report the same talks and spell the Egyptian leaders differently; a subscriber of
 * {@code articles.enriched} finds each person under one {@code key} in both events, with no lookup of its own.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class CrossArticleKeysTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    static final String WIRE = "Egyptian President Abdel Fattah al-Sisi met Secretary of State John Kerry in Cairo. "
            + "\"We need calm now,\" Kerry said. Sisi's government jailed former President Mohamed Mursi.";
    static final String DAILY = "John Kerry flew to Cairo to see Abdel-Fattah el-Sissi. "
            + "Supporters of Mohammed Morsi marched outside, and Kerry did not meet them.";

    @Test
    void thePublishedEventsGiveEachPersonTheSameKeyWhateverTheSpelling() throws Exception {
        JsonNode wire = publishAndAwait(WIRE);
        JsonNode daily = publishAndAwait(DAILY);

        for (JsonNode event : new JsonNode[] {wire, daily}) {
            for (JsonNode entity : event.get("entities")) {
                assertTrue(entity.path("key").asText("").matches("(person|org|loc|misc):[A-Za-z0-9._-]+"),
                        () -> "every entity has a URL-safe key: " + entity);
            }
        }
        assertEquals(keyOf(wire, "Abdel Fattah al-Sisi"), keyOf(daily, "Abdel-Fattah el-Sissi"));
        assertEquals(keyOf(wire, "Mohamed Mursi"), keyOf(daily, "Mohammed Morsi"));
        assertEquals(keyOf(wire, "John Kerry"), keyOf(daily, "John Kerry"));
        assertEquals(keyOf(wire, "Cairo"), keyOf(daily, "Cairo"));
    }

    private static JsonNode publishAndAwait(String body) throws Exception {
        String id = "keys-" + UUID.randomUUID();
        produce(Topics.ARTICLES, id, Json.mapper().writeValueAsBytes(new Article(id, null, body, null, null, null,
                "en")));
        return Json.mapper().readTree(awaitRecordWithKey(Topics.ENRICHED, id, TIMEOUT).value());
    }

    private static String keyOf(JsonNode event, String name) {
        for (JsonNode entity : event.get("entities")) {
            if (entity.get("name").asText().equals(name)) {
                return entity.get("key").asText();
            }
        }
        throw new AssertionError("no entity named " + name + " in " + event.get("entities"));
    }
}
