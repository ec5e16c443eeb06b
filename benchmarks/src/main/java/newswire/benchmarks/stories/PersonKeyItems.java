package newswire.benchmarks.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.contract.Mention;

/**
 * The person entities the extractor found in the stream, each with its gold person (looked up by the entity's
 * name, else by its mentions, in the article's gold list) and its cross-article key. Entities with no gold person
 * (not a person in gold, or a name the gold list does not have) are counted but not scored.
 *
 * @param items      one per labelled person entity, in stream order
 * @param unlabelled person entities whose name and mentions are in no gold list
 * @param keyless    labelled person entities without a key
 * @param goldMissed gold persons (per article) that no person entity matched
 */
public record PersonKeyItems(List<Item> items, List<String> unlabelled, int keyless, List<String> goldMissed) {

    /** One person entity of one article. */
    public record Item(String articleId, String name, String goldPerson, String key) {
    }

    public static PersonKeyItems of(List<LabelledArticle> articles, List<EnrichedArticle> enriched) {
        List<Item> items = new ArrayList<>();
        List<String> unlabelled = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        int keyless = 0;
        for (int i = 0; i < articles.size(); i++) {
            Map<String, String> gold = articles.get(i).persons();
            Set<String> found = new TreeSet<>();
            EnrichedArticle event = enriched.get(i);
            for (EntityRecord entity : event.entities()) {
                if (entity.type() != EntityType.PERSON) {
                    continue;
                }
                String person = goldPerson(entity, gold);
                if (person == null) {
                    unlabelled.add(event.articleId() + ": " + entity.name());
                    continue;
                }
                found.add(person);
                if (entity.key() == null) {
                    keyless++;
                }
                items.add(new Item(event.articleId(), entity.name(), person, entity.key()));
            }
            for (String person : new TreeSet<>(gold.values())) {
                if (!found.contains(person)) {
                    missed.add(event.articleId() + ": " + person);
                }
            }
        }
        return new PersonKeyItems(List.copyOf(items), List.copyOf(unlabelled), keyless, List.copyOf(missed));
    }

    /** By the entity's name, else the gold person most of its mentions name; null when none does. */
    static String goldPerson(EntityRecord entity, Map<String, String> gold) {
        String byName = gold.get(entity.name().toLowerCase(Locale.ROOT));
        if (byName != null) {
            return byName;
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Mention mention : entity.mentions()) {
            String person = gold.get(mention.text().toLowerCase(Locale.ROOT));
            if (person != null) {
                votes.merge(person, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Each item's key as a story consumer reads it: a surname-only person key ({@code person:X}, no dot) is
     * attached to the single {@code person:X.<given>} key among the person keys of the same story, if exactly one
     * exists (the agreed key contract); otherwise it stays as it is. A keyless entity keeps a key of its own.
     */
    public List<String> keysWithinStories(Map<String, String> storyByArticle, List<EnrichedArticle> enriched) {
        Map<String, Set<String>> keysByStory = new HashMap<>();
        for (EnrichedArticle event : enriched) {
            for (EntityRecord entity : event.entities()) {
                if (entity.type() == EntityType.PERSON && entity.key() != null) {
                    keysByStory.computeIfAbsent(storyByArticle.get(event.articleId()), s -> new TreeSet<>())
                            .add(entity.key());
                }
            }
        }
        List<String> keys = new ArrayList<>();
        for (Item item : items) {
            keys.add(attached(item, keysByStory.getOrDefault(storyByArticle.get(item.articleId()), Set.of())));
        }
        return keys;
    }

    /** The exact keys, a keyless entity standing alone. */
    public List<String> exactKeys() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            keys.add(item.key() != null ? item.key() : "(no key #" + i + ")");
        }
        return keys;
    }

    private static String attached(Item item, Set<String> storyKeys) {
        String key = item.key();
        if (key == null) {
            return "(no key) " + item.articleId() + " " + item.name();
        }
        if (key.contains(".")) {
            return key;
        }
        List<String> fuller = storyKeys.stream().filter(k -> k.startsWith(key + ".")).toList();
        return fuller.size() == 1 ? fuller.get(0) : key;
    }

    public List<String> goldPersons() {
        return items.stream().map(Item::goldPerson).toList();
    }

    public List<String> articleIds() {
        return items.stream().map(Item::articleId).toList();
    }
}
