package newswire.stories.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an arriving article is compared with: a story's time span, its entity keys, its centroid of terms and its
 * quotations. Derived from the member digests, never updated incrementally, so a corrected article simply
 * changes the members it is derived from.
 */
public record StoryProfile(String storyId, long minMillis, long maxMillis, Set<String> keys,
                           Set<String> surnameKeys, Map<String, Double> centroid, List<String> quotes) {

    public static StoryProfile of(String storyId, List<ArticleDigest> members, GroupingConfig config) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        Set<String> keys = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (ArticleDigest member : members) {
            min = Math.min(min, member.publishedMillis());
            max = Math.max(max, member.publishedMillis());
            for (ArticleDigest.DigestEntity entity : member.entities()) {
                keys.add(entity.key());
                if (EntityKeys.isPerson(entity.key())) {
                    surnames.add(EntityKeys.surnameKey(entity.key()));
                }
            }
            vectors.add(member.terms());
            member.quotes().forEach(q -> quotes.add(QuoteText.normalise(q.text())));
        }
        return new StoryProfile(storyId, min, max, keys, surnames,
                new HashMap<>(Terms.centroid(vectors, config.maxTerms() * 2)), quotes);
    }

    /** Whether the story names this entity: the same key, or the same person under a surname-only key. */
    boolean names(String key) {
        if (keys.contains(key)) {
            return true;
        }
        if (!EntityKeys.isPerson(key)) {
            return false;
        }
        return EntityKeys.isSurnameOnly(key) ? surnameKeys.contains(key) : keys.contains(EntityKeys.surnameKey(key));
    }
}
