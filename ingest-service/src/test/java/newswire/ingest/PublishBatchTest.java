package newswire.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.Article;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A feed importer sends many articles at once; the good ones go through even when some are broken. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class PublishBatchTest {

    private static void assertStored(JsonPath answer, int item, String body) {
        String at = "results[" + item + "].";
        ConsumerRecord<String, Article> record =
                ArticlesTopic.recordAt(answer.getInt(at + "partition"), answer.getLong(at + "offset"));
        assertEquals(answer.getString(at + "id"), record.key());
        assertEquals(body, record.value().body());
    }

    @Test
    void aJsonArrayIsAnsweredPerArticleAndTheValidOnesArePublished() {
        String run = UUID.randomUUID().toString();
        JsonPath answer = TestClients.newsroom().contentType("application/json").body("""
                        [{"body": "First story %1$s."},
                         {"title": "no body here"},
                         {"id": "batch-%1$s", "body": "<p>Third</p><p>story.</p>"}]""".formatted(run))
                .when().post("/articles")
                .then().statusCode(200).contentType("application/json")
                .body("accepted", equalTo(2)).body("rejected", equalTo(1))
                .body("results", hasSize(3))
                .body("results[0].index", equalTo(0)).body("results[0].status", equalTo(202))
                .body("results[1].index", equalTo(1)).body("results[1].status", equalTo(400))
                .body("results[1].problem.type", equalTo("/problems/invalid-article"))
                .body("results[1].problem.detail", containsString("\"body\" is required"))
                .body("results[1].offset", nullValue())
                .body("results[2].status", equalTo(202)).body("results[2].id", equalTo("batch-" + run))
                .extract().jsonPath();

        assertStored(answer, 0, "First story " + run + ".");
        assertStored(answer, 2, "Third\nstory.");
    }

    @Test
    void ndjsonIsAnsweredPerLineAndABrokenLineDoesNotStopTheOthers() {
        String run = UUID.randomUUID().toString();
        String ndjson = """
                {"body": "Line one %1$s."}

                {"body": "unterminated
                {"body": "   "}
                {"body": "Line five %1$s.", "url": "https://news.example/%1$s"}
                """.formatted(run);
        JsonPath answer = Requests.post("application/x-ndjson", ndjson)
                .statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(2))
                .body("results[0].line", equalTo(1)).body("results[0].status", equalTo(202))
                .body("results[1].index", equalTo(1)).body("results[1].line", equalTo(3))
                .body("results[1].status", equalTo(400))
                .body("results[1].problem.type", equalTo("/problems/malformed-json"))
                .body("results[1].problem.detail", containsString("Line 3 is not valid JSON"))
                .body("results[2].line", equalTo(4)).body("results[2].status", equalTo(400))
                .body("results[2].problem.detail", containsString("blank"))
                .body("results[3].line", equalTo(5)).body("results[3].status", equalTo(202))
                .extract().jsonPath();

        assertStored(answer, 0, "Line one " + run + ".");
        assertStored(answer, 3, "Line five " + run + ".");
    }

    @Test
    void aBatchFileCanBeSentAsIsLikeCurlDataBinaryDoes() {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            file.append("{\"body\": \"Article ").append(i).append(' ').append(UUID.randomUUID()).append(".\"}\n");
        }
        Requests.post("application/x-ndjson", file.toString())
                .statusCode(200).body("accepted", equalTo(50)).body("rejected", equalTo(0));
    }
}
