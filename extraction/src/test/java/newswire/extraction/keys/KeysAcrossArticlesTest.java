package newswire.extraction.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newswire.contract.Article;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.extraction.ArticleEnricher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two outlets report the same meeting and spell its people differently; through the whole extractor, each person
 * and body gets one key across both articles. The same holds for the two seed articles, when the shared folder is
 * beside the checkout.
 */
class KeysAcrossArticlesTest {

    private static ArticleEnricher enricher;

    @BeforeAll
    static void loadModels() {
        enricher = ArticleEnricher.createDefault();
    }

    @Test
    void twoOutletsSpellingThePeopleDifferentlyGiveThemTheSameKeys() throws IOException {
        EnrichedArticle a = enricher.enrich(article("outlet-a", resource("/keys/outlet-a.txt")));
        EnrichedArticle b = enricher.enrich(article("outlet-b", resource("/keys/outlet-b.txt")));
        print(a, b);

        String kerry = oneKeyInBoth(a, b, "Kerry");
        String sisi = oneKeyInBoth(a, b, "Sisi|Sissi");
        String mursi = oneKeyInBoth(a, b, "Mursi|Morsi");
        String un = oneKeyInBoth(a, b, "United Nations|U\\.N\\.");
        assertEquals(4, Set.of(kerry, sisi, mursi, un).size(), "four entities, four keys");
        assertTrue(kerry.startsWith("person:") && kerry.contains("."), "both give Kerry's first name: " + kerry);
        assertEquals("org:UNITEDNATIONS", un);
        assertEquals(keyOf(a, "Hamas"), keyOf(b, "Hamas"));
        assertEquals(keyOf(a, "Gaza"), keyOf(b, "Gaza"));
    }

    @Test
    void theSameArticleEnrichedTwiceGivesTheSameKeys() throws IOException {
        Article article = article("outlet-a", resource("/keys/outlet-a.txt"));
        List<String> first = enricher.enrich(article).entities().stream().map(EntityRecord::key).toList();
        List<String> second = enricher.enrich(article).entities().stream().map(EntityRecord::key).toList();
        assertEquals(first, second);
        assertTrue(first.stream().allMatch(k -> k != null && !k.isEmpty()), first::toString);
    }

    /** The seeds: Reuters and AP on Kerry's Cairo trip (Mursi / Morsi, al-Sisi / el-Sissi, Mohamed / Mohammed). */
    @Test
    void theTwoSeedArticlesGiveKerryMursiAndSisiOneKeyEach() throws IOException {
        List<Path> seeds = seedFiles();
        EnrichedArticle a = enricher.enrich(article("seed-a", Files.readString(seeds.get(0))));
        EnrichedArticle b = enricher.enrich(article("seed-b", Files.readString(seeds.get(1))));
        print(a, b);

        String kerry = oneKeyInBoth(a, b, "Kerry");
        String mursi = oneKeyInBoth(a, b, "Mursi|Morsi");
        String sisi = oneKeyInBoth(a, b, "Sisi|Sissi");
        assertEquals(3, Set.of(kerry, mursi, sisi).size());
        assertNotEquals(kerry, keyOf(b, "Barack Obama"));
        assertEquals("loc:GAZA", oneKeyInBoth(a, b, "Gaza"), "one outlet says the Gaza Strip, the other Gaza");
        assertEquals("org:UNITEDNATIONS", oneKeyInBoth(a, b, "UN|United Nations"));
    }

    /** The one key that every person mention matching {@code pattern} has, in both articles. */
    private static String oneKeyInBoth(EnrichedArticle a, EnrichedArticle b, String pattern) {
        Set<String> inA = keysMentioning(a, pattern);
        Set<String> inB = keysMentioning(b, pattern);
        assertEquals(1, inA.size(), () -> pattern + " in " + a.articleId() + ": " + inA);
        assertEquals(inA, inB, () -> pattern + ": " + inA + " in " + a.articleId() + ", " + inB + " in "
                + b.articleId());
        return inA.iterator().next();
    }

    private static Set<String> keysMentioning(EnrichedArticle article, String pattern) {
        Pattern p = Pattern.compile(".*(?<![A-Za-z])(" + pattern + ")(?![A-Za-z]).*");
        Set<String> keys = new TreeSet<>();
        for (EntityRecord e : article.entities()) {
            if (e.mentions().stream().anyMatch(m -> p.matcher(m.text()).matches())) {
                keys.add(e.key());
            }
        }
        return keys;
    }

    private static String keyOf(EnrichedArticle article, String name) {
        return article.entities().stream().filter(e -> e.name().equals(name)).map(EntityRecord::key).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + article.articleId()));
    }

    private static void print(EnrichedArticle... articles) {
        for (EnrichedArticle article : articles) {
            System.out.println(article.articleId() + ":");
            for (EntityRecord e : article.entities()) {
                if (e.type() == EntityType.PERSON) {
                    System.out.printf("  %-22s %s%n", e.key(), e.name());
                }
            }
        }
    }

    private static Article article(String id, String body) {
        return new Article(id, null, body, null, null, null, "en");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = KeysAcrossArticlesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The seed texts of the shared folder beside the checkout; the test is skipped, saying so, when it is not. */
    private static List<Path> seedFiles() throws IOException {
        String shared = System.getProperty("newswire.shared.dir");
        Path dir = shared == null ? null : Path.of(shared, "seeds");
        assumeTrue(dir != null && Files.isDirectory(dir),
                () -> "skipped: no seeds in the shared folder (newswire.shared.dir=" + shared + ")");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assumeTrue(seeds.size() == 2, () -> "skipped: expected the two seed texts in " + dir + ", found " + seeds);
            return seeds;
        }
    }
}
