package newswire.stories.streams;

import java.util.HashMap;
import java.util.Map;

/**
 * The newest publishedAt seen from each partition of {@code articles.enriched}, as they reach the single
 * {@code assign} partition. Under a backlog one input partition may be far behind another in publication time, so
 * state may be dropped only behind the <em>slowest</em> partition (the low watermark), not behind the newest article.
 * A partition silent for {@link #idleAfter} arrivals (idle, or gone after a resize) stops holding the watermark back.
 */
final class PartitionWatermarks {

    private record Seen(long latestMillis, long atArrival) {
    }

    private final long idleAfter;
    private final Map<Integer, Seen> byPartition = new HashMap<>();
    private long arrivals;

    PartitionWatermarks(long idleAfter) {
        this.idleAfter = idleAfter;
    }

    void record(int partition, long publishedMillis) {
        arrivals++;
        Seen old = byPartition.get(partition);
        long latest = old == null ? publishedMillis : Math.max(old.latestMillis(), publishedMillis);
        byPartition.put(partition, new Seen(latest, arrivals));
    }

    /** The oldest of the partitions' newest times, over the partitions heard from recently; {@code fallback} if none. */
    long low(long fallback) {
        return byPartition.values().stream().filter(s -> arrivals - s.atArrival() <= idleAfter)
                .mapToLong(Seen::latestMillis).min().orElse(fallback);
    }
}
