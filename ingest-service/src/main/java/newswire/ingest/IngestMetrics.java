package newswire.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import newswire.ingest.kafka.ArticlePublisher;

/**
 * What an operator watches on {@code /q/metrics}: {@code newswire_ingest_articles_total} by {@code outcome}
 * (accepted / rejected) and, for rejections, {@code reason} (the problem type's slug, e.g. {@code broker-unavailable});
 * HTML bodies converted to text; the time to the broker's acknowledgement; the articles in flight; requests refused
 * by a client's rate limit ({@code newswire_ingest_throttled_total} by {@code client} and {@code limit}).
 */
@ApplicationScoped
public class IngestMetrics {

    static final String ARTICLES = "newswire.ingest.articles";

    @Inject
    MeterRegistry registry;

    @Inject
    ArticlePublisher publisher;

    private Counter accepted;
    private Counter htmlConverted;
    private Timer acknowledgement;

    @PostConstruct
    void register() {
        accepted = Counter.builder(ARTICLES).description("Articles received, by outcome")
                .tag("outcome", "accepted").tag("reason", "none").register(registry);
        htmlConverted = Counter.builder("newswire.ingest.html.converted")
                .description("Article bodies sent as HTML and published as plain text").register(registry);
        acknowledgement = Timer.builder("newswire.ingest.acknowledgement")
                .description("Time from sending an article to the broker's acknowledgement").register(registry);
        Gauge.builder("newswire.ingest.in.flight", publisher, ArticlePublisher::inFlight)
                .description("Articles waiting for the broker's acknowledgement").register(registry);
    }

    void accepted(Duration toAcknowledgement) {
        accepted.increment();
        acknowledgement.record(toAcknowledgement);
    }

    void rejected(String reason) {
        Counter.builder(ARTICLES).description("Articles received, by outcome")
                .tag("outcome", "rejected").tag("reason", reason).register(registry).increment();
    }

    /** Client names are configured names, never credentials, and bounded in number: fit for a label. */
    public void throttled(String client, newswire.ingest.throttle.ClientThrottle.Limit limit) {
        Counter.builder("newswire.ingest.throttled").description("Requests refused with 429, by client and limit")
                .tag("client", client).tag("limit", limit.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry).increment();
    }

    void htmlConverted() {
        htmlConverted.increment();
    }
}
