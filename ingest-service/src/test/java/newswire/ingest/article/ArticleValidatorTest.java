package newswire.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import newswire.contract.Article;
import newswire.contract.ArticleIds;
import newswire.contract.Json;
import newswire.ingest.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

    private final ArticleValidator validator = new ArticleValidator(100, 20);

    private static ObjectNode article(String body) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("body", body);
        return json;
    }

    private ArticleValidator.Result validate(JsonNode json) {
        return validator.validate(json);
    }

    @Test
    void aBodyIsAllItTakesAndTheIdIsDerivedFromTheContent() {
        ArticleValidator.Result result = validate(article("The council met."));
        assertTrue(result.accepted());
        assertEquals(ArticleIds.idFor(new Article(null, null, "The council met.", null, null, null, null)),
                result.article().id());
        assertTrue(result.article().id().startsWith("sha-"));
    }

    @Test
    void theSameArticleTwiceGetsTheSameIdAndAnotherArticleAnother() {
        ObjectNode first = article("Same text.").put("url", "https://Example.com/a/");
        ObjectNode again = article("Same text, edited.").put("url", "https://example.com/a");
        assertEquals(validate(first).article().id(), validate(again).article().id());
        assertNotEquals(validate(article("One.")).article().id(), validate(article("Two.")).article().id());
    }

    @Test
    void theClientsIdWins() {
        assertEquals("wire-42", validate(article("x").put("id", "  wire-42 ")).article().id());
    }

    @Test
    void allFieldsArePublishedAsSent() {
        ObjectNode json = article("Body.").put("title", "T").put("source", "S").put("url", "https://x.test/1")
                .put("publishedAt", "2025-01-06T09:30:00Z").put("language", "en");
        Article article = validate(json).article();
        assertEquals(new Article(article.id(), "T", "Body.", "S", "https://x.test/1", "2025-01-06T09:30:00Z", "en"),
                article);
    }

    @Test
    void aMissingNullOrBlankBodyIsRefused() {
        ObjectNode noBody = Json.mapper().createObjectNode().put("title", "t");
        assertRefused(validate(noBody), ProblemType.INVALID_ARTICLE, "\"body\" is required");
        assertRefused(validate(noBody.putNull("body")), ProblemType.INVALID_ARTICLE, "\"body\" is required");
        assertRefused(validate(article(" \n\t ")), ProblemType.INVALID_ARTICLE, "blank");
    }

    @Test
    void aFieldThatIsNotAStringIsRefusedByName() {
        assertRefused(validate(article("x").put("title", 5)), ProblemType.INVALID_ARTICLE, "\"title\" must be a string");
        ObjectNode objectBody = Json.mapper().createObjectNode();
        objectBody.putObject("body").put("text", "x");
        assertRefused(validate(objectBody), ProblemType.INVALID_ARTICLE, "\"body\" must be a string, but it is a JSON object");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        assertTrue(validate(article("x".repeat(100))).accepted());
        assertRefused(validate(article("x".repeat(101))), ProblemType.BODY_TOO_LARGE, "101 characters; at most 100");
    }

    @Test
    void anIdOverTheLimitIsRefused() {
        assertRefused(validate(article("x").put("id", "i".repeat(21))), ProblemType.INVALID_ARTICLE, "\"id\" has 21");
    }

    @Test
    void controlCharactersAreRemovedFromEveryFieldBeforeTheIdIsDerived() {
        Article article = validate(article("Line\u0000 one\nline\u0007 two\r\n\tend").put("title", "Ti\u001Btle"))
                .article();
        assertEquals("Line one\nline two\r\n\tend", article.body());
        assertEquals("Title", article.title());
        assertEquals(validate(article("Line one\nline two\r\n\tend")).article().id(), article.id());
    }

    @Test
    void aBodyOfOnlyControlCharactersIsBlank() {
        assertRefused(validate(article("\u0000\u0001")), ProblemType.INVALID_ARTICLE, "blank");
    }

    @Test
    void anHtmlBodyIsPublishedAsTextWithOneNewlinePerParagraph() {
        ArticleValidator.Result result = validate(article("<p>First &amp; foremost.</p>\n<p>Second.</p>"));
        assertTrue(result.htmlStripped());
        assertEquals("First & foremost.\nSecond.", result.article().body());
        assertFalse(validate(article("First & foremost.")).htmlStripped());
    }

    @Test
    void anHtmlBodyWithoutTextIsRefused() {
        assertRefused(validate(article("<p> </p><script>x()</script>")), ProblemType.INVALID_ARTICLE,
                "no text once its HTML markup is removed");
    }

    @Test
    void anUnpairedSurrogateIsNotText() {
        assertRefused(validate(article("bad \uD800 here")), ProblemType.INVALID_ARTICLE, "unpaired");
        assertTrue(validate(article("emoji \uD83D\uDE00 ok")).accepted());
    }

    @Test
    void anythingButAnObjectIsNotAnArticle() {
        assertRefused(validate(Json.mapper().createArrayNode()), ProblemType.INVALID_ARTICLE, "JSON object");
    }

    private static void assertRefused(ArticleValidator.Result result, ProblemType type, String inDetail) {
        assertFalse(result.accepted(), "expected a refusal");
        assertEquals(type.uri(), result.problem().type());
        assertEquals(type.status(), result.problem().status());
        assertTrue(result.problem().detail().contains(inDetail), result.problem().detail());
    }
}
