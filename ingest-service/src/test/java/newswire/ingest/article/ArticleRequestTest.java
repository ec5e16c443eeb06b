package newswire.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import newswire.ingest.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ArticleRequestTest {

    private static ArticleRequest parse(String body, BodyFormat format) {
        return ArticleRequest.parse(body.getBytes(StandardCharsets.UTF_8), format);
    }

    @Test
    void anObjectIsOneArticle() {
        ArticleRequest request = parse("{\"body\":\"x\"}", BodyFormat.JSON);
        assertFalse(request.batch());
        assertEquals(1, request.items().size());
        assertNull(request.problem());
    }

    @Test
    void anArrayIsABatchInOrder() {
        ArticleRequest request = parse("[{\"body\":\"a\"}, 42, {\"body\":\"c\"}]", BodyFormat.JSON);
        assertTrue(request.batch());
        assertEquals(3, request.items().size());
        assertEquals("c", request.items().get(2).json().get("body").asText());
        assertEquals(2, request.items().get(2).index());
    }

    @Test
    void ndjsonLinesAreItemsAndABrokenLineIsOnlyThatItemsProblem() {
        ArticleRequest request = parse("{\"body\":\"a\"}\r\n\n{\"body\": oops}\n{\"body\":\"c\"}\n", BodyFormat.NDJSON);
        assertTrue(request.batch());
        assertEquals(3, request.items().size());
        ArticleRequest.Item broken = request.items().get(1);
        assertEquals(1, broken.index());
        assertEquals(3, broken.line());
        assertEquals(ProblemType.MALFORMED_JSON.uri(), broken.problem().type());
        assertTrue(broken.problem().detail().startsWith("Line 3 is not valid JSON"), broken.problem().detail());
        assertEquals(4, request.items().get(2).line());
    }

    @Test
    void malformedJsonSaysWhereAndNamesNoInternals() {
        ArticleRequest request = parse("{\"body\": \"x\",}", BodyFormat.JSON);
        assertEquals(400, request.problem().status());
        assertEquals(ProblemType.MALFORMED_JSON.uri(), request.problem().type());
        String detail = request.problem().detail();
        assertTrue(detail.contains("line 1, column"), detail);
        assertFalse(detail.contains("Source"), detail);
        assertFalse(detail.contains("jackson"), detail);
    }

    @Test
    void trailingContentAfterTheJsonIsMalformed() {
        assertEquals(ProblemType.MALFORMED_JSON.uri(),
                parse("{\"body\":\"a\"} {\"body\":\"b\"}", BodyFormat.JSON).problem().type());
    }

    @Test
    void unterminatedJsonIsMalformedWithoutInternalFeatureNames() {
        String detail = parse("{\"body\": \"x\"", BodyFormat.JSON).problem().detail();
        assertFalse(detail.contains("StreamReadFeature"), detail);
        assertFalse(detail.contains("REDACTED"), detail);
    }

    @Test
    void invalidUtf8IsRefusedWithTheByteOffset() {
        byte[] latin1 = "{\"body\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ArticleRequest request = ArticleRequest.parse(latin1, BodyFormat.JSON);
        assertEquals(ProblemType.INVALID_ENCODING.uri(), request.problem().type());
        assertTrue(request.problem().detail().contains("byte offset 12"), request.problem().detail());
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] withBom = "\uFEFF{\"body\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertNull(ArticleRequest.parse(withBom, BodyFormat.JSON).problem());
    }

    @Test
    void emptyRequestsHaveNoArticle() {
        assertEquals(ProblemType.NO_ARTICLE.uri(), parse("", BodyFormat.JSON).problem().type());
        assertEquals(ProblemType.NO_ARTICLE.uri(), parse("[]", BodyFormat.JSON).problem().type());
        assertEquals(ProblemType.NO_ARTICLE.uri(), parse("\n\n", BodyFormat.NDJSON).problem().type());
    }

    @Test
    void aJsonScalarIsNotAnArticle() {
        ArticleRequest request = parse("\"just a string\"", BodyFormat.JSON);
        assertNotNull(request.problem());
        assertEquals(ProblemType.INVALID_ARTICLE.uri(), request.problem().type());
    }
}
