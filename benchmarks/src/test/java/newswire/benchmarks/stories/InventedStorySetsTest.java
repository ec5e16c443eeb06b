package newswire.benchmarks.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The labelled data holds what the evaluation's figures rely on. */
class InventedStorySetsTest {

    private static final Path INVENTED = Path.of("src/main/resources/story-sets/invented");

    @Test
    void everyGoldNameIsWrittenInItsArticle() throws IOException {
        List<String> absent = new ArrayList<>();
        for (LabelledArticle a : StorySetReader.readInvented(INVENTED)) {
            String body = a.article().body().toLowerCase(Locale.ROOT);
            a.persons().keySet().stream().filter(name -> !body.contains(name))
                    .forEach(name -> absent.add(a.article().id() + ": " + name));
        }
        assertEquals(List.of(), absent);
    }

    @Test
    void atLeastEightEventsEachFromSeveralOutletsPlusHardNegatives() throws IOException {
        List<LabelledArticle> articles = StorySetReader.readInvented(INVENTED);
        Map<String, Set<String>> outletsByEvent = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (LabelledArticle a : articles) {
            assertTrue(ids.add(a.article().id()), "duplicate id " + a.article().id());
            outletsByEvent.computeIfAbsent(a.story(), s -> new HashSet<>()).add(a.article().source());
            int words = a.article().body().split("\\s+").length;
            assertTrue(words >= 150 && words <= 400, a.article().id() + " has " + words + " words");
        }
        long reported = outletsByEvent.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("neg-") && e.getValue().size() >= 2).count();
        long negatives = outletsByEvent.keySet().stream().filter(s -> s.startsWith("neg-")).count();
        assertTrue(reported >= 8, "events reported by two outlets or more: " + reported);
        assertTrue(negatives >= 5, "hard negative events: " + negatives);
        assertTrue(articles.size() >= 30, "articles: " + articles.size());
    }

    @Test
    void someDifferentPeopleShareASurname() throws IOException {
        Map<String, Set<String>> peopleBySurname = new TreeMap<>();
        for (LabelledArticle a : StorySetReader.readInvented(INVENTED)) {
            a.persons().values().forEach(id -> peopleBySurname
                    .computeIfAbsent(id.substring(0, id.indexOf('-')), s -> new HashSet<>()).add(id));
        }
        long shared = peopleBySurname.values().stream().filter(people -> people.size() > 1).count();
        assertTrue(shared >= 3, "surnames shared by different gold persons: " + shared);
    }
}
