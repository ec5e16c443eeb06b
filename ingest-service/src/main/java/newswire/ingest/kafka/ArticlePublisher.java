package newswire.ingest.kafka;

import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import newswire.contract.Article;
import newswire.contract.serde.JsonSerializer;
import newswire.ingest.IngestConfig;
import newswire.ingest.problem.Problem;
import newswire.ingest.problem.ProblemType;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes articles to the articles topic and tells when, and where, the broker stored each one.
 *
 * <p>Why a plain {@link KafkaProducer} rather than a SmallRye Reactive Messaging channel: the HTTP answer must wait
 * for the broker's acknowledgement and carry its partition and offset, must come back as 503 within seconds when the
 * broker is away, and must never queue without bound. The producer's own callback gives the {@link RecordMetadata};
 * {@code max.block.ms}, {@code delivery.timeout.ms} and {@code buffer.memory} bound the wait and the memory; and a
 * semaphore bounds the articles in flight, with no channel buffer or overflow strategy in between to reason about.
 * The producer's settings still come from the standard {@code kafka.*} configuration (see {@link ClientSettings}).
 */
@Startup // a wrong Kafka setting should stop the service at start, not fail the first request
@ApplicationScoped
public class ArticlePublisher {

    private static final Logger LOG = Logger.getLogger(ArticlePublisher.class);
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    IngestConfig config;

    private Map<String, Object> producerSettings;
    private KafkaProducer<String, Article> producer;
    private Semaphore inFlight;
    private Duration ackTimeout;
    private volatile long lastWarning;

    @PostConstruct
    void start() {
        producerSettings = Map.copyOf(ClientSettings.forProducer(kafkaConfig));
        producer = new KafkaProducer<>(producerSettings, new StringSerializer(), new JsonSerializer<>());
        inFlight = new Semaphore(config.maxInFlight());
        lastWarning = System.nanoTime() - WARN_EVERY_NANOS;
        // The producer promises a callback within delivery.timeout.ms; the margin only guards against a bug there.
        ackTimeout = Duration.ofMillis(longSetting(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000)).plusSeconds(2);
    }

    @PreDestroy
    void stop() {
        // Give records already handed over a short chance to be acknowledged, then stop without hanging shutdown.
        producer.close(Duration.ofSeconds(5));
    }

    /** The settings the producer was created with, as the operator can check them. */
    public Map<String, Object> producerSettings() {
        return producerSettings;
    }

    /** How many articles are waiting for the broker's acknowledgement right now. */
    public int inFlight() {
        return config.maxInFlight() - inFlight.availablePermits();
    }

    /**
     * Sends the article keyed by its id. Completes once the broker has acknowledged it, or fails with a
     * {@link PublishFailure}: 503 when the broker is unavailable or too many articles are in flight.
     */
    public CompletableFuture<Published> publish(Article article) {
        if (!acquireSlot()) {
            return CompletableFuture.failedFuture(new PublishFailure(ProblemType.OVERLOADED.with(
                    "Already " + config.maxInFlight() + " articles are waiting for the Kafka broker's "
                            + "acknowledgement; this one was not sent. Send it again after the Retry-After delay."),
                    null));
        }
        CompletableFuture<Published> acknowledged = new CompletableFuture<>();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                inFlight.release();
            }
        };
        try {
            // may block up to max.block.ms (topic metadata unknown, or buffer.memory full): we are on a worker thread
            producer.send(new ProducerRecord<>(config.topic(), article.id(), article), (metadata, error) -> {
                release.run();
                // leave the producer's I/O thread at once: the HTTP answer is written elsewhere
                Infrastructure.getDefaultExecutor().execute(() -> {
                    if (error == null) {
                        acknowledged.complete(new Published(article.id(), metadata.topic(), metadata.partition(),
                                metadata.offset()));
                    } else {
                        acknowledged.completeExceptionally(failure(error));
                    }
                });
            });
        } catch (RuntimeException e) {
            release.run();
            acknowledged.completeExceptionally(failure(e));
        }
        return acknowledged.orTimeout(ackTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(
                        e instanceof PublishFailure ? e : failure(e)));
    }

    private boolean acquireSlot() {
        try {
            return inFlight.tryAcquire(config.inFlightWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The client's view of why the broker did not acknowledge: never a class name or a stack trace. */
    private PublishFailure failure(Throwable error) {
        if (error instanceof java.util.concurrent.CompletionException && error.getCause() != null) {
            error = error.getCause();
        }
        Problem problem;
        if (error instanceof BufferExhaustedException) {
            problem = ProblemType.OVERLOADED.with("The service's buffer for the Kafka broker is full; the article was "
                    + "not sent. Send it again after the Retry-After delay.");
        } else if (error instanceof RecordTooLargeException) {
            problem = ProblemType.BODY_TOO_LARGE.with("The article, written as JSON, is larger than the Kafka "
                    + "producer or broker accepts (max.request.size / max.message.bytes).");
        } else if (error instanceof TimeoutException || error instanceof RetriableException
                || error instanceof java.util.concurrent.TimeoutException) {
            problem = ProblemType.BROKER_UNAVAILABLE.with("The Kafka broker did not acknowledge the article in time "
                    + "(it is unreachable or not ready). The article may not be stored: send it again after the "
                    + "Retry-After delay; it keeps the same id.");
        } else {
            problem = ProblemType.PUBLISH_FAILED.with("The Kafka broker refused the article. The operator can find "
                    + "the reason in the service log under this problem's instance id.");
        }
        log(problem, error);
        return new PublishFailure(problem, error);
    }

    /** Unavailability is logged at most every ten seconds as a warning, or a broker outage would flood the log. */
    private void log(Problem problem, Throwable error) {
        if (problem.status() == 500) {
            LOG.errorf(error, "publishing failed (%s)", problem.instance());
            return;
        }
        long now = System.nanoTime();
        if (now - lastWarning > WARN_EVERY_NANOS) {
            lastWarning = now;
            LOG.warnf("article not acknowledged by Kafka (%s): %s", problem.instance(), error.toString());
        } else {
            LOG.debugf("article not acknowledged by Kafka (%s): %s", problem.instance(), error.toString());
        }
    }

    private long longSetting(String name, long fallback) {
        Object value = producerSettings.get(name);
        return value == null ? fallback : Long.parseLong(value.toString().strip());
    }
}
