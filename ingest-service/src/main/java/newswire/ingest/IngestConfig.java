package newswire.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The service's own settings ({@code newswire.ingest.*}, or {@code NEWSWIRE_INGEST_*} in the environment). */
@ConfigMapping(prefix = "newswire.ingest")
public interface IngestConfig {

    /** The topic articles are published to. */
    @WithDefault("articles")
    String topic();

    /** The longest accepted article body, in characters as sent (before HTML is stripped). 1 MiB by default. */
    @WithDefault("1048576")
    int maxBodyChars();

    /** The longest accepted client id, in characters: it becomes the Kafka key. */
    @WithDefault("512")
    int maxIdChars();

    /** The value of the Retry-After header sent with every 503, in seconds. */
    @WithDefault("5")
    int retryAfterSeconds();

    /**
     * How many articles may wait for the broker's acknowledgement at once, across all requests. Beyond that the
     * service answers 503 instead of queueing: memory stays bounded when the broker is slow or down.
     */
    @WithDefault("1000")
    int maxInFlight();

    /** How long an article may wait for an in-flight slot before it is answered 503. */
    @WithDefault("1s")
    Duration inFlightWait();

    /** How long the readiness check waits for the broker to describe the topic. */
    @WithDefault("2s")
    Duration readinessTimeout();

    /** Per-client rate limits. */
    Throttle throttle();

    /**
     * Each client has its own allowance of requests and of articles per second, so one noisy client is answered
     * 429 while the others go on as before. A client may send a burst up to the burst size after a quiet spell.
     */
    interface Throttle {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("50")
        double requestsPerSecond();

        @WithDefault("100")
        int requestBurst();

        @WithDefault("500")
        double articlesPerSecond();

        @WithDefault("2000")
        int articleBurst();

        /** Other limits for named clients, e.g. {@code newswire.ingest.throttle.clients.importer.articles-per-second}. */
        Map<String, ClientLimits> clients();

        interface ClientLimits {
            Optional<Double> requestsPerSecond();

            Optional<Integer> requestBurst();

            Optional<Double> articlesPerSecond();

            Optional<Integer> articleBurst();
        }
    }
}
