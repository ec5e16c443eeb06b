package newswire.extract.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import newswire.extract.records.RejectReason;

/** What operators watch on /q/metrics: how many articles went out enriched, how many were dead-lettered and why. */
@Startup // so the meters show (at 0) before any traffic, not only after the first article
@Singleton
public class ExtractMetrics {

    private final Counter enriched;
    private final Map<RejectReason, Counter> deadLetters = new EnumMap<>(RejectReason.class);
    private final Timer processing;

    public ExtractMetrics(MeterRegistry registry) {
        enriched = Counter.builder("newswire.extract.enriched")
                .description("Articles enriched and handed to the producer for articles.enriched")
                .register(registry);
        for (RejectReason reason : RejectReason.values()) {
            // registered up front so every reason shows (at 0) before the first dead letter
            deadLetters.put(reason, Counter.builder("newswire.extract.dead.letters")
                    .description("Records sent to articles.dlq")
                    .tag("reason", reason.tag())
                    .register(registry));
        }
        processing = Timer.builder("newswire.extract.processing")
                .description("Time to extract entities and quotes from one article")
                .publishPercentileHistogram()
                .register(registry);
    }

    public void enriched() {
        enriched.increment();
    }

    public void deadLettered(RejectReason reason) {
        deadLetters.get(reason).increment();
    }

    public Timer processing() {
        return processing;
    }
}
