package newswire.extract.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import newswire.contract.Article;
import newswire.contract.ArticleIds;
import org.junit.jupiter.api.Test;

class ArticleRecordReaderTest {

    private final ArticleRecordReader reader = new ArticleRecordReader(100);

    @Test
    void aWellFormedArticleIsReadWithItsOwnId() {
        Article article = reader.read(utf8("{\"id\":\"a-1\",\"title\":\"T\",\"body\":\"Alice said \\\"hi\\\".\"}"));
        assertEquals("a-1", article.id());
        assertEquals("T", article.title());
        assertEquals("Alice said \"hi\".", article.body());
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersCanAddFields() {
        Article article = reader.read(utf8("{\"id\":\"a-2\",\"body\":\"text\",\"priority\":3}"));
        assertEquals("text", article.body());
    }

    @Test
    void anArticleWithoutIdGetsTheStableDerivedId() {
        Article article = reader.read(utf8("{\"url\":\"https://News.example/x/\",\"body\":\"text\"}"));
        Article withoutId = new Article(null, null, "text", null, "https://News.example/x/", null, null);
        assertEquals(ArticleIds.idFor(withoutId), article.id());
        assertTrue(article.id().startsWith("url-"), article.id());
        assertEquals(article.id(), reader.read(utf8("{\"url\":\"https://News.example/x/\",\"body\":\"text\"}")).id(),
                "the same article read twice gets the same id");
    }

    @Test
    void aNullOrZeroByteRecordIsEmpty() {
        assertRejected(RejectReason.EMPTY_RECORD, null, "empty record: the record has no value");
        assertRejected(RejectReason.EMPTY_RECORD, new byte[0], "empty record: the record value is zero bytes");
    }

    @Test
    void textThatIsNotJsonIsRejectedWithTheParserMessage() {
        UnprocessableRecordException e = assertRejected(RejectReason.NOT_JSON, utf8("Breaking: <b>news</b>"), "not JSON: ");
        assertNotNull(e.getCause(), "the parser's exception is kept as the cause");
        assertRejected(RejectReason.NOT_JSON, utf8("{\"body\": \"unterminated"), "not JSON: ");
        assertRejected(RejectReason.NOT_JSON, utf8("{\"body\":\"a\"} trailing"), "not JSON: ");
        assertRejected(RejectReason.NOT_JSON, utf8("   "), "not JSON: the record holds only whitespace");
    }

    @Test
    void jsonThatIsNotAnArticleIsRejected() {
        assertRejected(RejectReason.NOT_AN_ARTICLE, utf8("[1,2]"), "not an article: expected a JSON object, got array");
        assertRejected(RejectReason.NOT_AN_ARTICLE, utf8("\"body\""), "not an article: expected a JSON object, got string");
        assertRejected(RejectReason.NOT_AN_ARTICLE, utf8("{\"title\":\"no body\"}"), "not an article: it has no \"body\"");
        assertRejected(RejectReason.NOT_AN_ARTICLE, utf8("{\"body\":null}"), "not an article: it has no \"body\"");
        assertRejected(RejectReason.NOT_AN_ARTICLE, utf8("{\"body\":\" \\n\\t \"}"), "not an article: its \"body\" is blank");
        assertRejected(RejectReason.NOT_AN_ARTICLE, utf8("{\"body\":{\"text\":\"x\"}}"), "not an article: ");
    }

    @Test
    void aBodyOverTheLimitIsTooLargeButOneAtTheLimitIsFine() {
        String atLimit = "x".repeat(100);
        assertEquals(atLimit, reader.read(utf8("{\"body\":\"" + atLimit + "\"}")).body());
        assertRejected(RejectReason.BODY_TOO_LARGE, utf8("{\"body\":\"" + atLimit + "y\"}"),
                "body too large: 101 characters, the limit is 100 (newswire.extract.max-body-chars)");
    }

    private UnprocessableRecordException assertRejected(RejectReason reason, byte[] value, String messageStart) {
        UnprocessableRecordException e = assertThrows(UnprocessableRecordException.class, () -> reader.read(value));
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().startsWith(messageStart), () -> "message was: " + e.getMessage());
        return e;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
