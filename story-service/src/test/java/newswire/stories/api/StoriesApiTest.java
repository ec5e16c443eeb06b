package newswire.stories.api;

import static io.restassured.RestAssured.given;
import static newswire.stories.api.KafkaTestClient.awaitRecord;
import static newswire.stories.api.KafkaTestClient.publish;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityType;
import newswire.contract.Json;
import newswire.contract.Topics;
import newswire.stories.Fixtures;
import newswire.stories.model.Story;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A subscriber's view: extraction publishes enriched events, and the story appears on the stories topic and in
 * the API. Each test uses its own day, so stories of different tests never meet inside the grouping window.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class StoriesApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void twoOutletsReportingOneEventBecomeOneStoryInTheApiAndOnTheStoriesTopic() throws Exception {
        publish(Fixtures.summitByHarbourPost("api-harbour", "2026-05-04"));
        publish(Fixtures.summitByRiverTimes("api-river", "2026-05-04"));

        String storyId = await(() -> storyIdOf("api-river", 2));
        given().get("/stories/{id}", storyId).then().statusCode(200)
                .body("outlets", contains("Harbour Post", "River Times"))
                .body("articles.articleId", contains("api-harbour", "api-river"))
                .body("speakers.find { it.key == 'person:KRY.JN' }.quotes", hasSize(2));

        ConsumerRecord<String, String> published = awaitRecord(Topics.STORIES,
                r -> r.key().equals(storyId) && r.value().contains("api-river"), PATIENCE);
        Story story = Json.mapper().readValue(published.value(), Story.class);
        assertEquals(List.of("Harbour Post", "River Times"), story.outlets());

        given().get("/entities/{key}/quotes", "person:KRY.JN").then().statusCode(200)
                .body("text", hasItem("We are closer to a ceasefire than we were a week ago"))
                .body("find { it.storyId == '" + storyId + "' }.speakerName", equalTo("John Kerry"));
        given().get("/articles/{id}", "api-harbour").then().statusCode(200)
                .body("body", containsString("John Kerry"))
                .body("quotes[0].speaker", equalTo("John Kerry"))
                .body("quotes[0].cue", equalTo("said"));
    }

    @Test
    void aCorrectedArticleUpdatesItsStoryWithoutDuplicatingIt() {
        publish(Fixtures.summitByHarbourPost("fix-harbour", "2026-07-10"));
        publish(Fixtures.summitByRiverTimes("fix-river", "2026-07-10"));
        String storyId = await(() -> storyIdOf("fix-river", 2));

        EnrichedArticle corrected = Fixtures.article("fix-river").source("River Times").at("2026-07-10T14:00:00Z")
                .title("Correction: Morsi and Kerry discuss a truce in Cairo")
                .entity("Mohammed Morsi", EntityType.PERSON, "person:MRS.MHMT", 0.85,
                        "Egyptian President Mohammed Morsi received the envoy in Cairo for ceasefire talks.")
                .build();
        publish(corrected);
        publish(corrected);

        await(() -> given().get("/stories/{id}", storyId).then().extract().path("articles.title")
                .toString().contains("Correction:") ? storyId : null);
        JsonPath story = given().get("/stories/{id}", storyId).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("fix-harbour", "fix-river"), story.getList("articles.articleId"));
        long stories = given().get("/stories?size=100").then().extract().jsonPath()
                .getList("items.articles.articleId.flatten()").stream().filter("fix-river"::equals).count();
        assertEquals(1, stories, "the corrected article is in one story only");
    }

    @Test
    void aRecordThatIsNotAnEnrichedEventIsSkippedAndTheStreamGoesOn() {
        KafkaTestClient.publishRaw("junk-1", "this is not JSON");
        publish(Fixtures.summitByHarbourPost("after-junk", "2026-11-20"));
        await(() -> storyIdOf("after-junk", 1));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void unknownStoriesArticlesAndPeopleAreProblems() {
        given().get("/stories/{id}", "st-nope").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
        given().get("/entities/{key}/quotes", "person:NOBODY.X").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/articles/{id}", "nope").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void badPagingIsABadRequest() {
        given().get("/stories?page=-1").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("page"));
        given().get("/stories?size=0").then().statusCode(400);
        given().get("/stories?size=101").then().statusCode(400);
    }

    @Test
    void thePageAndTheOpenApiDescriptionAreServed() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("id=\"stories\""));
        given().get("/app.js").then().statusCode(200);
        String openapi = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/entities/{key}/quotes") && openapi.contains("Everything a person said"),
                openapi);
    }

    @Test
    void readinessReflectsKafkaStreams() {
        await(() -> given().get("/q/health/ready").statusCode() == 200 ? "up" : null);
        given().get("/q/health/ready").then().body(containsString("Kafka Streams stores queryable"))
                .body(containsString("RUNNING"));
    }

    /** The id of the story holding the article once it has {@code members} articles, else null. */
    private static String storyIdOf(String articleId, int members) {
        return given().get("/stories?size=100").then().statusCode(200).extract().jsonPath()
                .getString("items.find { s -> s.articles.size() == " + members
                        + " && s.articles.any { a -> a.articleId == '" + articleId + "' } }.id");
    }

    private static String await(Supplier<String> probe) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                String value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException | AssertionError notYet) {
                // the stream is still starting or has not caught up
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not reached within " + PATIENCE);
    }
}
