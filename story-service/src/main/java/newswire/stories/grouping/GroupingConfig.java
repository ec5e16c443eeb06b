package newswire.stories.grouping;

import java.time.Duration;

/**
 * How articles are matched to stories.
 *
 * @param window      an article joins a story only if its publishedAt is within this distance of the story's span
 * @param threshold   minimum score in [0,1] for an article to join a story rather than start a new one
 * @param maxTerms    size of an article's term vector (the most frequent content words of title and body)
 * @param minSalience entities below this salience are not evidence of the article's topic (unless quoted)
 */
public record GroupingConfig(Duration window, double threshold, int maxTerms, double minSalience) {

    public static GroupingConfig defaults() {
        return new GroupingConfig(Duration.ofDays(3), 0.30, 40, 0.05);
    }
}
