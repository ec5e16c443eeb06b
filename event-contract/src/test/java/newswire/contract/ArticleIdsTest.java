package newswire.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static Article article(String id, String url, String body) {
        return new Article(id, null, body, null, url, null, null);
    }

    @Test
    void aClientIdIsKept() {
        assertEquals("abc-1", ArticleIds.idFor(article(" abc-1 ", "https://x.test/a", "text")));
    }

    @Test
    void theSamePageGetsTheSameIdWhateverTheBody() {
        String first = ArticleIds.idFor(article(null, "https://News.Example/story/1/", "first version"));
        String corrected = ArticleIds.idFor(article(null, "https://news.example/story/1#top", "corrected version"));
        assertEquals(first, corrected);
        assertTrue(first.startsWith("url-"), first);
    }

    @Test
    void withoutUrlTheContentDecides() {
        String a = ArticleIds.idFor(article("", null, "Kerry said hello."));
        assertEquals(a, ArticleIds.idFor(article(null, " ", "Kerry said hello.")));
        assertNotEquals(a, ArticleIds.idFor(article(null, null, "Kerry said goodbye.")));
        assertTrue(a.startsWith("sha-"), a);
    }
}
