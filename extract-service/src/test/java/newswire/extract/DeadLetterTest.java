package newswire.extract;

import static newswire.extract.KafkaTestClient.awaitRecordWithKey;
import static newswire.extract.KafkaTestClient.recordsSoFar;
import static newswire.extract.KafkaTestClient.produce;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.Article;
import newswire.contract.DeadLetterHeaders;
import newswire.contract.EnrichedArticle;
import newswire.contract.Json;
import newswire.contract.Topics;
import newswire.extract.pipeline.ArticleExtraction;
import newswire.extraction.ArticleEnricher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Whatever lands on {@code articles}, the service keeps going: a record it cannot enrich goes to
 * {@code articles.dlq} untouched, with why and where from in its headers, and the next article is enriched.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class DeadLetterTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    ArticleEnricher realEnricher;

    @Test
    void aRecordThatIsNotJsonIsDeadLettered() {
        assertDeadLettered(utf8("<html>Breaking news</html>"), "not JSON: ");
    }

    @Test
    void jsonThatIsNotAnArticleIsDeadLettered() {
        assertDeadLettered(utf8("{\"title\":\"a headline and nothing else\"}"), "not an article: it has no \"body\"");
        assertDeadLettered(utf8("[\"a\",\"list\"]"), "not an article: expected a JSON object");
    }

    @Test
    void anArticleWithABlankBodyIsDeadLettered() {
        assertDeadLettered(utf8("{\"id\":\"blank\",\"body\":\"   \"}"), "not an article: its \"body\" is blank");
    }

    @Test
    void anEmptyRecordIsDeadLettered() {
        assertDeadLettered(new byte[0], "empty record: ");
        assertDeadLettered(null, "empty record: ");
    }

    @Test
    void anArticleOverTheBodyLimitIsDeadLettered() throws Exception {
        // the test profile lowers the limit to 20,000 characters; the record itself is well within Kafka's limits
        String body = "The minister spoke at length. ".repeat(700);
        assertDeadLettered(Json.mapper().writeValueAsBytes(new Article("big", null, body, null, null, null, "en")),
                "body too large: " + body.length() + " characters, the limit is 20000");
    }

    @Test
    void anArticleTheExtractorFailsOnIsDeadLetteredWithTheFailureAsCause() throws Exception {
        String poisonBody = "This text makes the extractor fail " + UUID.randomUUID();
        QuarkusMock.installMockForType(new ArticleExtraction() {
            @Override
            public EnrichedArticle enrich(Article article) {
                if (article.body().equals(poisonBody)) {
                    throw new IllegalStateException("tagger crashed");
                }
                return realEnricher.enrich(article);
            }
        }, ArticleExtraction.class);

        ConsumerRecord<String, byte[]> dead = assertDeadLettered(
                Json.mapper().writeValueAsBytes(new Article("poison", null, poisonBody, null, null, null, "en")),
                "extraction failed: article poison: java.lang.IllegalStateException: tagger crashed");
        assertEquals("tagger crashed", header(dead, DeadLetterHeaders.CAUSE));
    }

    /**
     * Sends the bad value, then a good article on the same key (so the same partition, after it): the bad one
     * must be on the dead-letter topic exactly once, as sent, and the good one must still come out enriched.
     */
    private ConsumerRecord<String, byte[]> assertDeadLettered(byte[] value, String reasonStart) {
        String key = "bad-" + UUID.randomUUID();
        RecordMetadata sent = produce(Topics.ARTICLES, key, value);

        ConsumerRecord<String, byte[]> dead = awaitRecordWithKey(Topics.DEAD_LETTER, key, TIMEOUT);
        String reason = header(dead, DeadLetterHeaders.REASON);
        assertTrue(reason.startsWith(reasonStart), () -> "reason was: " + reason);
        assertEquals(Topics.ARTICLES, header(dead, DeadLetterHeaders.TOPIC));
        assertEquals(String.valueOf(sent.partition()), header(dead, DeadLetterHeaders.PARTITION));
        assertEquals(String.valueOf(sent.offset()), header(dead, DeadLetterHeaders.OFFSET));
        if (value == null) {
            assertNull(dead.value());
        } else {
            assertArrayEquals(value, dead.value(), "the original bytes, untouched");
        }

        String next = "{\"id\":\"" + key + "\",\"body\":\"Angela Merkel spoke in Berlin on Monday.\"}";
        produce(Topics.ARTICLES, key, utf8(next));
        awaitRecordWithKey(Topics.ENRICHED, key, TIMEOUT);
        assertEquals(1, recordsSoFar(Topics.DEAD_LETTER, r -> key.equals(r.key())).size(),
                "dead-lettered once");
        return dead;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
