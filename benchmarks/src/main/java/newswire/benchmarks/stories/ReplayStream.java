package newswire.benchmarks.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newswire.contract.EnrichedArticle;

/**
 * A long stream of enriched events made from a short one, so that stories form and grow as they would in a
 * newsroom feed: the base stream is replayed in rounds, each round shifted later by more than the base stream's
 * span plus the grouping window (a round's events are new events, never the previous round's), and within a round
 * every base article is reported by several outlets, minutes to hours apart, under new ids. The bodies, entities
 * and quotes are the real extractor's output; only ids, outlets, urls and times change.
 */
public final class ReplayStream {

    private ReplayStream() {
    }

    /**
     * @param base    enriched events in publication order
     * @param count   how many events to make
     * @param outlets how many outlets report each base article within a round
     * @param gap     how far apart rounds start (more than the base span plus the grouping window)
     */
    public static List<EnrichedArticle> of(List<EnrichedArticle> base, int count, int outlets, Duration gap) {
        return of(base, count, outlets, gap, 0);
    }

    /** As {@link #of(List, int, int, Duration)}, from round {@code firstRound} (negative: before round 0). */
    public static List<EnrichedArticle> of(List<EnrichedArticle> base, int count, int outlets, Duration gap,
                                           int firstRound) {
        List<EnrichedArticle> events = new ArrayList<>(count);
        for (int round = firstRound; events.size() < count; round++) {
            List<EnrichedArticle> thisRound = new ArrayList<>();
            for (EnrichedArticle article : base) {
                for (int outlet = 0; outlet < outlets; outlet++) {
                    // outlet k reports k * 47 minutes after the first: the story grows over the afternoon
                    Instant at = Instant.parse(article.publishedAt()).plus(gap.multipliedBy(round))
                            .plus(Duration.ofMinutes(47L * outlet));
                    thisRound.add(copy(article, round, outlet, at));
                }
            }
            thisRound.sort(Comparator.comparing((EnrichedArticle e) -> Instant.parse(e.publishedAt())));
            for (EnrichedArticle event : thisRound) {
                if (events.size() == count) {
                    break;
                }
                events.add(event);
            }
        }
        return events;
    }

    private static EnrichedArticle copy(EnrichedArticle a, int round, int outlet, Instant at) {
        // ids differ across rounds and outlets: r<round>-o<outlet>-<base id> (w<n> for rounds before round 0)
        String roundName = round < 0 ? "w" + -round : "r" + round;
        String id = roundName + "-o" + outlet + "-" + a.articleId();
        String source = outlet == 0 ? a.source() : a.source() + " syndicate " + outlet;
        String url = "https://replay.example/" + roundName + "/o" + outlet + "/" + a.articleId();
        return new EnrichedArticle(a.schemaVersion(), id, a.title(), a.body(), source, url, at.toString(),
                a.language(), a.entities(), a.quotes(), a.extractor(), a.extractedAt(), a.processingMs(),
                a.ingestedBy(), a.receivedAt());
    }
}
