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

    /** One client's allowance: the defaults, or its own settings where it has them. */
    private record Allowance(double requestsPerSecond, int requestBurst, double articlesPerSecond, int articleBurst) {

        static Allowance of(IngestConfig.Throttle config, String client) {
            IngestConfig.Throttle.ClientLimits own = config.clients().get(client);
            if (own == null) {
                return new Allowance(config.requestsPerSecond(), config.requestBurst(), config.articlesPerSecond(),
                        config.articleBurst());
            }
            return new Allowance(own.requestsPerSecond().orElse(config.requestsPerSecond()),
                    own.requestBurst().orElse(config.requestBurst()),
                    own.articlesPerSecond().orElse(config.articlesPerSecond()),
                    own.articleBurst().orElse(config.articleBurst()));
        }

        String describe(Limit limit) {
            return limit == Limit.REQUESTS
                    ? format(requestsPerSecond) + " requests per second (bursts up to " + requestBurst + ")"
                    : format(articlesPerSecond) + " articles per second (bursts up to " + articleBurst + ")";
        }

        private static String format(double rate) {
            return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
        }
    }

    private record Buckets(Allowance allowance, TokenBucket requests, TokenBucket articles) {
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
        Buckets buckets = buckets(client);
        long wait = buckets.requests().take(1, clock.getAsLong());
        return wait == 0 ? null : refused(client, buckets.allowance(), Limit.REQUESTS, 1, wait);
    }

    /** Null when the client may publish this many articles now, else the 429 problem to answer. */
    public Problem admitArticles(String client, int articles) {
        if (!config.enabled()) {
            return null;
        }
        Buckets buckets = buckets(client);
        long wait = buckets.articles().take(articles, clock.getAsLong());
        return wait == 0 ? null : refused(client, buckets.allowance(), Limit.ARTICLES, articles, wait);
    }

    private Buckets buckets(String client) {
        return clients.computeIfAbsent(client, name -> {
            Allowance allowance = Allowance.of(config, name);
            long now = clock.getAsLong();
            return new Buckets(allowance,
                    new TokenBucket(allowance.requestsPerSecond(), allowance.requestBurst(), now),
                    new TokenBucket(allowance.articlesPerSecond(), allowance.articleBurst(), now));
        });
    }

    private Problem refused(String client, Allowance allowance, Limit limit, int articles, long waitNanos) {
        if (metrics != null) {
            metrics.throttled(client, limit);
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        String what = limit == Limit.REQUESTS ? "This request" : "This request's " + articles + " article(s)";
        return ProblemType.TOO_MANY_REQUESTS.with(what + " would exceed the allowance of client '" + client + "': "
                + allowance.describe(limit) + ". Nothing of it was published; send it again after " + seconds
                + " s (Retry-After). Other clients are not affected.").withRetryAfter(seconds);
    }
}
