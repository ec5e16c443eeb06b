package newswire.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import newswire.benchmarks.stories.LabelledArticle;
import newswire.benchmarks.stories.LabelledStream;
import newswire.benchmarks.stories.PairwiseAgreement;
import newswire.benchmarks.stories.PersonKeyItems;
import newswire.contract.EnrichedArticle;
import newswire.stories.grouping.OfflineStoryGrouper;

/**
 * How well the story service groups articles and keys people, on a labelled stream: the invented story sets (8+
 * events, each from 2-4 invented outlets, plus hard negatives that share people with them), the two seeds and
 * every article of the shared dev set. The articles go through the real extractor and then, in publication order,
 * through {@link OfflineStoryGrouper}: the same matching code as the Kafka Streams topology.
 *
 * <p>Prints pairwise precision / recall / F1 of "same story" over all article pairs, the events that were split
 * or merged, and pairwise precision / recall of "same entity key" over the person entities of different
 * articles, against the gold person of each. Run with {@code bin/evaluate-stories [STORY_SETS_DIR SHARED_DIR]}.
 */
public final class StoryGroupingEvaluation {

    private StoryGroupingEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path storySets = Path.of(args.length > 0 ? args[0] : "benchmarks/src/main/resources/story-sets");
        Path shared = Path.of(args.length > 1 ? args[1] : "../shared");
        Path enrichedOut = Path.of(args.length > 2 ? args[2] : "benchmarks/target/story-stream.enriched.ndjson");

        long started = System.nanoTime();
        LabelledStream stream = LabelledStream.load(storySets, shared);
        System.out.printf("labelled stream: %d articles, %d gold events (%s); enriched in %.1f s%n",
                stream.articles().size(), new TreeSet<>(stream.goldStories()).size(), describe(stream.articles()),
                (System.nanoTime() - started) / 1e9);
        stream.writeEnriched(enrichedOut);
        stream.writeGold(goldFile(enrichedOut));

        OfflineStoryGrouper grouper = new OfflineStoryGrouper();
        List<String> predicted = grouper.assignAll(stream.enriched());
        System.out.printf("predicted: %d stories%n%n", new TreeSet<>(predicted).size());

        PairwiseAgreement stories = PairwiseAgreement.of(stream.goldStories(), predicted);
        System.out.println("same story, all article pairs:   " + stories);
        printConfusion(stream.articles(), predicted);

        Map<String, String> storyByArticle = new LinkedHashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            storyByArticle.put(stream.enriched().get(i).articleId(), predicted.get(i));
        }
        printPersonKeys(stream, storyByArticle);
        System.out.println();
        System.out.println("enriched stream written to " + enrichedOut + " (replayed by bin/benchmark-stories)");
    }

    /** Where the gold events of an enriched stream file are kept: beside it, {@code .gold.tsv}. */
    static Path goldFile(Path enriched) {
        return enriched.resolveSibling(enriched.getFileName().toString().replace(".ndjson", "") + ".gold.tsv");
    }

    private static String describe(List<LabelledArticle> articles) {
        long invented = articles.stream().filter(a -> a.article().id().startsWith("inv-")).count();
        long seeds = articles.stream().filter(a -> a.article().id().startsWith("seed-")).count();
        long dev = articles.size() - invented - seeds;
        long negatives = articles.stream().filter(a -> a.story().startsWith("neg-")).count();
        return invented + " invented of which " + negatives + " hard negatives, " + seeds + " seeds, " + dev
                + " dev-set";
    }

    /** Every gold event not found as exactly one story, and every story holding more than one event. */
    private static void printConfusion(List<LabelledArticle> articles, List<String> predicted) {
        Map<String, Map<String, List<String>>> byEvent = new TreeMap<>();
        Map<String, Map<String, List<String>>> byStory = new TreeMap<>();
        for (int i = 0; i < articles.size(); i++) {
            String event = articles.get(i).story();
            String id = articles.get(i).article().id();
            byEvent.computeIfAbsent(event, e -> new TreeMap<>()).computeIfAbsent(predicted.get(i),
                    s -> new ArrayList<>()).add(id);
            byStory.computeIfAbsent(predicted.get(i), s -> new TreeMap<>()).computeIfAbsent(event,
                    e -> new ArrayList<>()).add(id);
        }
        System.out.println("errors by gold event (event -> the stories its articles went to):");
        int split = 0;
        for (var event : byEvent.entrySet()) {
            if (event.getValue().size() > 1) {
                split++;
                System.out.println("  split   " + event.getKey() + " -> " + event.getValue());
            }
        }
        int merged = 0;
        for (var story : byStory.entrySet()) {
            if (story.getValue().size() > 1) {
                merged++;
                System.out.println("  merged  story " + story.getKey() + " holds " + story.getValue());
            }
        }
        if (split + merged == 0) {
            System.out.println("  none: every gold event is exactly one story");
        }
        long whole = byEvent.values().stream().filter(stories -> stories.size() == 1
                && byStory.get(stories.keySet().iterator().next()).size() == 1).count();
        System.out.printf("  %d of %d gold events are exactly one story; %d events split, %d stories merge events%n",
                whole, byEvent.size(), split, merged);
    }

    private static void printPersonKeys(LabelledStream stream, Map<String, String> storyByArticle) {
        PersonKeyItems persons = PersonKeyItems.of(stream.articles(), stream.enriched());
        List<String> gold = persons.goldPersons();
        List<String> exact = persons.exactKeys();
        PairwiseAgreement keys = PairwiseAgreement.of(gold, exact, persons.articleIds());
        List<String> withinStories = persons.keysWithinStories(storyByArticle, stream.enriched());
        PairwiseAgreement attached = PairwiseAgreement.of(gold, withinStories, persons.articleIds());
        System.out.println();
        System.out.printf("person entities: %d labelled (%d distinct gold persons, %d without a key), %d not in "
                        + "any gold list, %d gold persons the extractor did not find%n", persons.items().size(),
                new TreeSet<>(gold).size(), persons.keyless(), persons.unlabelled().size(),
                persons.goldMissed().size());
        System.out.println("same entity key, person pairs of different articles:");
        System.out.println("  exact key:                                " + keys);
        System.out.println("  surname-only key attached within a story: " + attached);
        System.out.println("  errors of the exact key (gold person -> keys given; key -> gold persons):");
        printKeyErrors(persons, exact);
        System.out.println("  errors left after attaching surname-only keys within a story:");
        printKeyErrors(persons, withinStories);
        if (!persons.unlabelled().isEmpty()) {
            System.out.println("  person entities not in the gold lists: " + persons.unlabelled());
        }
        if (!persons.goldMissed().isEmpty()) {
            System.out.println("  gold persons not found as a person entity: " + persons.goldMissed());
        }
    }

    /** Gold persons given several keys, and keys given to several gold persons. */
    private static void printKeyErrors(PersonKeyItems persons, List<String> keys) {
        Map<String, Map<String, TreeSet<String>>> keysByPerson = new TreeMap<>();
        Map<String, TreeSet<String>> personsByKey = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            PersonKeyItems.Item item = persons.items().get(i);
            keysByPerson.computeIfAbsent(item.goldPerson(), p -> new TreeMap<>())
                    .computeIfAbsent(keys.get(i), k -> new TreeSet<>()).add(item.name());
            personsByKey.computeIfAbsent(keys.get(i), k -> new TreeSet<>()).add(item.goldPerson());
        }
        keysByPerson.forEach((person, byKey) -> {
            if (byKey.size() > 1) {
                System.out.println("    split   " + person + " -> " + byKey);
            }
        });
        personsByKey.forEach((key, people) -> {
            if (people.size() > 1 && !Objects.requireNonNull(key).startsWith("(no key")) {
                System.out.println("    merged  key " + key + " <- " + people);
            }
        });
    }
}
