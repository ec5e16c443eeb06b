package newswire.extract.pipeline;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import newswire.extraction.ArticleEnricher;
import org.jboss.logging.Logger;

/**
 * Loads the CoreNLP models once, eagerly at startup (they take seconds and ~400 MB of heap), so the first
 * article does not pay for them and readiness can tell whether they are there.
 */
@ApplicationScoped
public class ExtractionModels {

    private static final Logger LOG = Logger.getLogger(ExtractionModels.class);

    private volatile boolean loaded;

    /** {@code @Singleton}, not {@code @ApplicationScoped}: the enricher is a final class and needs no proxy. */
    @Produces
    @Singleton
    @Startup
    ArticleEnricher articleEnricher() {
        long started = System.nanoTime();
        ArticleEnricher enricher = ArticleEnricher.createDefault();
        loaded = true;
        LOG.infof("Extraction models loaded in %d ms (%s %s)", Duration.ofNanos(System.nanoTime() - started).toMillis(),
                ArticleEnricher.EXTRACTOR.name(), ArticleEnricher.EXTRACTOR.version());
        return enricher;
    }

    public boolean loaded() {
        return loaded;
    }
}
