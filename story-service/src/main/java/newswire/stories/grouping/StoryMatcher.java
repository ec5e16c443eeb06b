package newswire.stories.grouping;

import java.util.HashSet;
import java.util.Set;

/**
 * Scores how well an article fits a recent story, in [0,1]: the share of the article's salient entities the story
 * names, the cosine of its terms with the story's centroid, and a bonus when it reports a quotation the story has.
 * <p>
 * One shared entity alone is weak evidence: a minister, a club or a city is in many different events of the same
 * week. When the article and the story share a single salient entity (persons counted by surname, so a surname-only
 * key and its full key are one), the entity part counts {@link #SINGLE_ENTITY_FACTOR} of its value; the article then
 * joins only if the text is close too or it reports a quotation the story has. Two shared entities (a person and a
 * place, a person and an organisation...) count in full.
 */
public final class StoryMatcher {

    static final double ENTITY_WEIGHT = 0.55;
    static final double TEXT_WEIGHT = 0.45;
    static final double QUOTE_BONUS = 0.30;
    static final double SINGLE_ENTITY_FACTOR = 0.5;

    private final GroupingConfig config;

    public StoryMatcher(GroupingConfig config) {
        this.config = config;
    }

    /** Whether the article's time is within the window of the story's span (an unknown time never excludes). */
    public boolean inWindow(ArticleDigest article, StoryProfile story) {
        long t = article.publishedMillis();
        long window = config.window().toMillis();
        return t == 0 || story.minMillis() == 0 || (t >= story.minMillis() - window && t <= story.maxMillis() + window);
    }

    public double score(ArticleDigest article, StoryProfile story) {
        if (!inWindow(article, story)) {
            return 0;
        }
        double score = ENTITY_WEIGHT * entityShare(article, story)
                + TEXT_WEIGHT * Terms.cosine(article.terms(), story.centroid());
        if (sharesQuotation(article, story)) {
            score += QUOTE_BONUS;
        }
        return Math.min(1.0, score);
    }

    /**
     * Salience-weighted share of the article's salient entities that the story names too, scaled down when they
     * share only one entity (see the class comment).
     */
    double entityShare(ArticleDigest article, StoryProfile story) {
        double total = 0;
        double shared = 0;
        Set<String> sharedEntities = new HashSet<>();
        for (ArticleDigest.DigestEntity entity : article.entities()) {
            if (entity.salience() < config.minSalience()) {
                continue;
            }
            total += entity.salience();
            if (story.names(entity.key())) {
                shared += entity.salience();
                sharedEntities.add(EntityKeys.surnameKey(entity.key()));
            }
        }
        double share = total == 0 ? 0 : shared / total;
        return sharedEntities.size() == 1 ? share * SINGLE_ENTITY_FACTOR : share;
    }

    boolean sharesQuotation(ArticleDigest article, StoryProfile story) {
        for (ArticleDigest.DigestQuote quote : article.quotes()) {
            String text = QuoteText.normalise(quote.text());
            for (String other : story.quotes()) {
                if (QuoteText.sameQuotation(text, other)) {
                    return true;
                }
            }
        }
        return false;
    }
}
