package newswire.stories.grouping;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recent stories an article may join, indexed by entity so that an article is scored only against stories
 * that share at least one entity with it (persons by surname, so that a surname-only key finds its full key).
 * In memory only: it is a cache of the Kafka-backed store of story members and is rebuilt from it on start.
 */
public final class StoryIndex {

    private final Map<String, StoryProfile> profiles = new HashMap<>();
    private final Map<String, Set<String>> storiesByEntity = new HashMap<>();

    public void put(StoryProfile profile) {
        remove(profile.storyId());
        profiles.put(profile.storyId(), profile);
        for (String key : profile.keys()) {
            storiesByEntity.computeIfAbsent(bucket(key), k -> new HashSet<>()).add(profile.storyId());
        }
    }

    public void remove(String storyId) {
        StoryProfile old = profiles.remove(storyId);
        if (old == null) {
            return;
        }
        for (String key : old.keys()) {
            Set<String> ids = storiesByEntity.get(bucket(key));
            if (ids != null) {
                ids.remove(storyId);
                if (ids.isEmpty()) {
                    storiesByEntity.remove(bucket(key));
                }
            }
        }
    }

    /** Stories sharing an entity bucket with the article, in a stable order (by story id). */
    public Collection<StoryProfile> candidates(ArticleDigest article) {
        Set<String> ids = new HashSet<>();
        for (ArticleDigest.DigestEntity entity : article.entities()) {
            ids.addAll(storiesByEntity.getOrDefault(bucket(entity.key()), Set.of()));
        }
        return ids.stream().sorted().map(profiles::get).toList();
    }

    /** Drops stories whose last article is older than {@code millis}: no article in the window can join them. */
    public List<String> evictOlderThan(long millis) {
        List<String> old = profiles.values().stream()
                .filter(p -> p.maxMillis() != 0 && p.maxMillis() < millis)
                .map(StoryProfile::storyId).toList();
        new LinkedHashSet<>(old).forEach(this::remove);
        return old;
    }

    public int size() {
        return profiles.size();
    }

    private static String bucket(String key) {
        return EntityKeys.surnameKey(key);
    }
}
