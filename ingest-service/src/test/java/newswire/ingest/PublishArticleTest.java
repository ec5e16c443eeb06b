package newswire.ingest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.Article;
import newswire.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A newsroom script posts articles; a subscriber of the articles topic reads exactly what was acknowledged. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class PublishArticleTest {

    static JsonPath post(String json) {
        return TestClients.newsroom().contentType("application/json").body(json)
                .when().post("/articles")
                .then().statusCode(202).contentType("application/json")
                .body("topic", equalTo(Topics.ARTICLES))
                .body("partition", greaterThanOrEqualTo(0)).body("partition", lessThan(4))
                .body("offset", greaterThanOrEqualTo(0))
                .extract().jsonPath();
    }

    static ConsumerRecord<String, Article> storedRecord(JsonPath answer) {
        return ArticlesTopic.recordAt(answer.getInt("partition"), answer.getLong("offset"));
    }

    @Test
    void anAcceptedArticleIsOnTheTopicWhereTheAnswerSaysWithItsIdAsKey() {
        String url = "https://news.example/" + UUID.randomUUID();
        JsonPath answer = post("""
                {"title": "Council approves budget", "body": "The council approved the budget. \\"Good day,\\" \
                said Mayor Jane Doe.", "source": "Example Times", "url": "%s", \
                "publishedAt": "2025-01-06T09:30:00Z", "language": "en"}""".formatted(url));

        ConsumerRecord<String, Article> record = storedRecord(answer);
        assertEquals(answer.getString("id"), record.key());
        assertTrue(record.key().startsWith("url-"), "without an id, the id is derived from the url");
        Article article = record.value();
        assertEquals(record.key(), article.id());
        assertEquals("Council approves budget", article.title());
        assertEquals("The council approved the budget. \"Good day,\" said Mayor Jane Doe.", article.body());
        assertEquals(url, article.url());
        assertEquals("2025-01-06T09:30:00Z", article.publishedAt());
        assertEquals("en", article.language());
    }

    @Test
    void theSameArticlePushedTwiceGetsTheSameIdAndKey() {
        String json = "{\"body\": \"Storm closes schools across the region " + UUID.randomUUID() + ".\"}";
        JsonPath first = post(json);
        JsonPath second = post(json);

        assertEquals(first.getString("id"), second.getString("id"));
        assertEquals(first.getInt("partition"), second.getInt("partition"), "same key, same partition");
        assertNotEquals(first.getLong("offset"), second.getLong("offset"));
        assertEquals(first.getString("id"), storedRecord(first).key());
        assertEquals(first.getString("id"), storedRecord(second).key());
    }

    @Test
    void theClientsOwnIdIsTheKey() {
        String id = "wire-" + UUID.randomUUID();
        JsonPath answer = post("{\"id\": \"" + id + "\", \"body\": \"Markets rallied on Tuesday.\"}");
        assertEquals(id, answer.getString("id"));
        assertEquals(id, storedRecord(answer).key());
    }

    @Test
    void anHtmlBodyIsPublishedAsTheTextThatOffsetsWillReferTo() {
        JsonPath answer = post("""
                {"body": "<html><body><h1>Flood warning</h1>\\n<p>Rivers rose on <b>Monday</b>.</p>\
                <script>track()</script><p>&ldquo;Stay home,&rdquo; said the mayor.</p></body></html>"}""");

        String published = storedRecord(answer).value().body();
        assertEquals("Flood warning\nRivers rose on Monday.\n\u201cStay home,\u201d said the mayor.", published);
        int quote = published.indexOf('\u201c');
        assertEquals("\u201cStay home,\u201d", published.substring(quote, quote + 12));
    }

    @Test
    void controlCharactersAreRemovedBeforePublishing() {
        JsonPath answer = post("{\"body\": \"Tab\\tand newline\\nstay,\\u0000 NUL\\u0007 and bell go.\"}");
        assertEquals("Tab\tand newline\nstay, NUL and bell go.", storedRecord(answer).value().body());
    }
}
