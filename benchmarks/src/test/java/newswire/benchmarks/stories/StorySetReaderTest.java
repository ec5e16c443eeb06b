package newswire.benchmarks.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorySetReaderTest {

    @Test
    void readsHeadersGoldPersonsAndBodyOfEachArticle() {
        String text = """
                === article
                id: t-1
                story: bridge-closure
                source: Test Tribune
                url: https://test-tribune.example/bridge
                publishedAt: 2026-01-05T08:00:00Z
                title: Bridge closed
                persons: Ana Silva => silva-ana | Ms. Silva => silva-ana | Tom Reed => reed-tom
                ---
                The old bridge closed on Monday.
                "It is not safe," Ana Silva said.
                === article
                id: t-2
                story: bridge-closure
                source: Valley News
                publishedAt: 2026-01-05T09:30:00Z
                ---
                Engineers shut the bridge.
                """;

        List<LabelledArticle> articles = StorySetReader.parse(text, "test.txt");

        assertEquals(2, articles.size());
        LabelledArticle first = articles.get(0);
        assertEquals("t-1", first.article().id());
        assertEquals("Test Tribune", first.article().source());
        assertEquals("2026-01-05T08:00:00Z", first.article().publishedAt());
        assertEquals("bridge-closure", first.story());
        assertEquals("The old bridge closed on Monday.\n\"It is not safe,\" Ana Silva said.", first.article().body());
        assertEquals(Map.of("ana silva", "silva-ana", "ms. silva", "silva-ana", "tom reed", "reed-tom"),
                first.persons());
        assertEquals(Map.of(), articles.get(1).persons());
        assertEquals("Engineers shut the bridge.", articles.get(1).article().body());
    }
}
