package newswire.ingest.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import newswire.ingest.IngestConfig;
import newswire.ingest.IngestMetrics;
import newswire.ingest.problem.Problem;
import newswire.ingest.problem.ProblemType;

/**
 * Per-client rate limits: requests per second, and articles per second (a batch counts each of its articles).
 * Every client has buckets of its own, so a client over its limit is answered 429 while the others are served as
 * before. Clients are the configured key holders (and {@code anonymous} when authentication is off), so the number
 * of buckets is bounded by the configuration, not by what strangers send.
 */
@ApplicationScoped
public class ClientThrottle {

    /** What exceeded its limit. */
    public enum Limit { REQUESTS, ARTICLES }

    private record Buckets(TokenBucket requests, TokenBucket articles) {
    }

    private final Map<String, Buckets> clients = new ConcurrentHashMap<>();
    private final IngestConfig.Throttle config;
    private final IngestMetrics metrics;
    private final LongSupplier clock;

    @Inject
    public ClientThrottle(IngestConfig config, IngestMetrics metrics) {
        this(config.throttle(), metrics, System::nanoTime);
    }

    ClientThrottle(IngestConfig.Throttle config, IngestMetrics metrics, LongSupplier clock) {
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Null when the client may send this request now, else the 429 problem to answer. */
    public Problem admitRequest(String client) {
        if (!config.enabled()) {
            return null;
        }
        long wait = buckets(client).requests().take(1, clock.getAsLong());
        return wait == 0 ? null : refused(client, Limit.REQUESTS, 1, wait);
    }

    /** Null when the client may publish this many articles now, else the 429 problem to answer. */
    public Problem admitArticles(String client, int articles) {
        if (!config.enabled()) {
            return null;
        }
        long wait = buckets(client).articles().take(articles, clock.getAsLong());
        return wait == 0 ? null : refused(client, Limit.ARTICLES, articles, wait);
    }

    private Buckets buckets(String client) {
        return clients.computeIfAbsent(client, name -> {
            var own = config.clients().get(name);
            long now = clock.getAsLong();
            double requests = own == null ? config.requestsPerSecond()
                    : own.requestsPerSecond().orElse(config.requestsPerSecond());
            int requestBurst = own == null ? config.requestBurst() : own.requestBurst().orElse(config.requestBurst());
            double articles = own == null ? config.articlesPerSecond()
                    : own.articlesPerSecond().orElse(config.articlesPerSecond());
            int articleBurst = own == null ? config.articleBurst() : own.articleBurst().orElse(config.articleBurst());
            return new Buckets(new TokenBucket(requests, requestBurst, now), new TokenBucket(articles, articleBurst, now));
        });
    }

    private Problem refused(String client, Limit limit, int articles, long waitNanos) {
        if (metrics != null) {
            metrics.throttled(client, limit);
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        var own = config.clients().get(client);
        String allowance = limit == Limit.REQUESTS
                ? format(own == null ? config.requestsPerSecond() : own.requestsPerSecond().orElse(config.requestsPerSecond()))
                + " requests per second (bursts up to "
                + (own == null ? config.requestBurst() : own.requestBurst().orElse(config.requestBurst())) + ")"
                : format(own == null ? config.articlesPerSecond() : own.articlesPerSecond().orElse(config.articlesPerSecond()))
                + " articles per second (bursts up to "
                + (own == null ? config.articleBurst() : own.articleBurst().orElse(config.articleBurst())) + ")";
        String what = limit == Limit.REQUESTS ? "This request" : "This request's " + articles + " article(s)";
        return ProblemType.TOO_MANY_REQUESTS.with(what + " would exceed the allowance of client '" + client + "': "
                + allowance + ". Nothing of it was published; send it again after " + seconds + " s (Retry-After). "
                + "Other clients are not affected.").withRetryAfter(seconds);
    }

    private static String format(double rate) {
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
    }
}
