package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A reader's view of the story page, in a real headless Chromium: the page is open before anything is pushed; the
 * two seed reports of the same event arrive from two outlets and show up live as one story with both outlets, with
 * John Kerry's quotes under one speaker and Mohamed Mursi (one outlet) / Mohammed Morsi (the other) as one person.
 * Clicking a person lists their quotes; clicking an outlet shows its article with the quotes highlighted. The page
 * is kept as a screenshot, {@code target/story-page.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryPageIT {

    /** Seed file, its outlet and a title of our own (the seeds are bare text). */
    private static final List<List<String>> SEEDS = List.of(
            List.of("000_fa99ea874707490e.txt", "Reuters", "Kerry starts a push for a Gaza cease-fire in Cairo"),
            List.of("003_f5e85036511817fa.txt", "Outlet B", "Kerry and Ban in Cairo for talks on Gaza"));
    static final Path SCREENSHOT = Path.of("target", "story-page.png");

    private static Stack stack;
    private static Browser browser;
    private static final Map<String, String> bodyById = new LinkedHashMap<>();

    @BeforeAll
    static void openThePageThenPushTheSeeds() throws Exception {
        Browser.assumeInstalled(); // before anything is started: skip at once where there is no browser
        stack = Stack.start();
        stack.startStoryService();
        browser = Browser.launch();
        browser.open(stack.storyService().url("/"));
        for (List<String> seed : SEEDS) {
            String body = SeedArticlesPipelineIT.resource("seeds/" + seed.get(0));
            IngestClient.Answer answer = stack.ingestClient().postArticle(Map.of("body", body,
                    "source", seed.get(1), "title", seed.get(2), "language", "en",
                    "url", "https://example.com/" + seed.get(0).substring(0, 3)));
            assertEquals(202, answer.status(), () -> "POST answered " + answer.body());
            bodyById.put(answer.body().get("id").asText(), body);
        }
    }

    @AfterAll
    static void keepTheScreenshotAndStop() throws Exception {
        try {
            if (browser != null) {
                browser.screenshot(SCREENSHOT); // also after a failure: what the page showed then
                System.out.println("story page screenshot: " + SCREENSHOT.toAbsolutePath());
                browser.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    @Order(1)
    void theTwoReportsShowUpLiveAsOneStoryWithBothOutlets() {
        long pushed = System.nanoTime();
        browser.await("a story with both outlets on the page (without a reload)", "Array.from("
                + "document.querySelectorAll('article.story'), s => s.querySelectorAll('.story-outlets li.outlet')"
                + ".length).some(n => n >= 2)", Duration.ofSeconds(90));
        System.out.printf("MEASURED seeds pushed -> one story with both outlets on the open page: %d ms%n",
                (System.nanoTime() - pushed) / 1_000_000);
        assertEquals(1, browser.count("article.story"), "one story: " + browser.texts(".story-title"));
        assertFalse(browser.attributes("article.story", "data-story-id").get(0).isBlank(), "the story has an id");
        assertFalse(browser.texts("article.story .story-title").get(0).isBlank(), "the story has a title");
        assertEquals(Set.of("Reuters", "Outlet B"), new TreeSet<>(browser.texts("article.story li.outlet")),
                "both outlets, once each");
    }

    @Test
    @Order(2)
    void kerrysQuotesAreUnderOneSpeaker() {
        List<JsonNode> kerry = speakers("Kerry");
        assertEquals(1, kerry.size(), "one speaker section for Kerry: " + kerry);
        JsonNode section = kerry.get(0);
        assertTrue(section.path("key").asText().startsWith("person:"), "a person key: " + section);
        // the Reuters report quotes him three times, in three quotations
        assertTrue(section.path("quotes").asInt() >= 2, "his quotes are together: " + section);
        assertEquals(1, people("Kerry").size(), "Kerry is one person in the story: " + people("Kerry"));
    }

    @Test
    @Order(3)
    void mursiAndMorsiAreOnePerson() {
        List<JsonNode> mursi = people("M[ou]rsi");
        assertEquals(1, mursi.size(), "Mohamed Mursi (Reuters) and Mohammed Morsi (Outlet B) are one person: "
                + browser.texts("article.story .story-people .person"));
        assertTrue(mursi.get(0).path("key").asText().startsWith("person:"), mursi.toString());
    }

    @Test
    @Order(4)
    void clickingAPersonListsAllTheirQuotes() throws Exception {
        JsonNode kerry = people("Kerry").get(0);
        String key = kerry.path("key").asText();
        clickAndAwait("button.person[data-key=\"" + key + "\"]", "#person-quotes[data-key=\"" + key + "\"] .quote",
                "/entities/" + key + "/quotes");
        int inStory = speakers("Kerry").get(0).path("quotes").asInt();
        browser.await("every quote of his in the story", "document.querySelectorAll('#person-quotes .quote').length >= "
                + inStory, Duration.ofSeconds(20));
        int listed = browser.count("#person-quotes .quote");
        assertTrue(listed >= inStory, "every quote of his in the story is listed: " + listed + " < " + inStory);

        String mursiKey = people("M[ou]rsi").get(0).path("key").asText();
        browser.click("article.story .story-people button.person[data-key=\"" + mursiKey + "\"]");
        browser.await("the panel switches to Mursi", "document.querySelector('#person-quotes').dataset.key === \""
                + mursiKey + "\"", Duration.ofSeconds(15));
    }

    @Test
    @Order(5)
    void clickingAnOutletShowsItsArticleWithTheQuotesHighlighted() throws Exception {
        browser.click("article.story .story-outlets li.outlet");
        browser.await("the article view with highlighted quotes", "document.querySelector("
                + "'#article-view[data-article-id] mark.quote') !== null", Duration.ofSeconds(15));
        String articleId = browser.attributes("#article-view", "data-article-id").get(0);
        assertTrue(bodyById.containsKey(articleId), "one of the seeds: " + articleId);
        List<String> marked = browser.texts("#article-view mark.quote");
        assertFalse(marked.isEmpty());
        String body = bodyById.get(articleId);
        for (String quote : marked) {
            assertTrue(body.contains(quote), "a highlight is a span of the article's text: " + quote);
        }
        List<String> speakers = browser.attributes("#article-view mark.quote", "data-speaker");
        List<String> cues = browser.attributes("#article-view mark.quote", "data-cue");
        assertTrue(speakers.stream().anyMatch(s -> !s.isBlank()) && cues.stream().anyMatch(c -> !c.isBlank()),
                "quotes carry their speaker and cue: " + speakers + " " + cues);
        browser.screenshot(SCREENSHOT);
    }

    /**
     * Clicks an element of the story once, as a reader does, and waits for what it shows. The person index is built
     * downstream of the story (a repartition later), so a click right after the story shows may find it not yet
     * complete: the page asks again by itself while the story it shows has more quotations than the index. Fails
     * with what the API answers for {@code apiPath} when it never appears.
     */
    private static void clickAndAwait(String target, String shown, String apiPath) throws Exception {
        browser.click("article.story " + target);
        try {
            browser.await(shown, "document.querySelector('" + shown.replace("'", "\\'") + "') !== null",
                    Duration.ofSeconds(20));
        } catch (AssertionError never) {
            StoryClient.Answer api = new StoryClient(stack.storyService().url("")).get(apiPath);
            throw new AssertionError("clicking " + target + " never showed " + shown + "; GET " + apiPath
                    + " answers " + api.status() + " " + api.text(), never);
        }
    }

    /** The speaker sections of the story whose name matches: their key and number of quotes. */
    private static List<JsonNode> speakers(String name) {
        return list(browser.evaluate("Array.from(document.querySelectorAll('article.story .story-quotes "
                + "section.speaker')).filter(s => /" + name + "/.test(s.querySelector('.speaker-name').innerText))"
                + ".map(s => ({key: s.dataset.key, name: s.querySelector('.speaker-name').innerText,"
                + " quotes: s.querySelectorAll('blockquote.quote').length}))"));
    }

    /** The person buttons of the story whose name matches: their key and name. */
    private static List<JsonNode> people(String name) {
        return list(browser.evaluate("Array.from(document.querySelectorAll('article.story .story-people "
                + "button.person')).filter(b => /" + name + "/.test(b.innerText))"
                + ".map(b => ({key: b.dataset.key, name: b.innerText}))"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
