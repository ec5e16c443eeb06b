package newswire.extraction;

import java.time.Clock;
import java.util.List;
import newswire.contract.Article;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityRecord;
import newswire.contract.ExtractorInfo;
import newswire.contract.QuoteRecord;
import newswire.extraction.entities.EntityExtractor;
import newswire.extraction.entities.NewsEntityExtractor;
import newswire.extraction.nlp.AnnotatedText;
import newswire.extraction.nlp.NlpPipeline;
import newswire.extraction.quotes.NewsQuoteExtractor;
import newswire.extraction.quotes.QuoteExtractor;

/**
 * Article in, enriched event out: the one code path shared by the extract service and {@code bin/enrich}.
 * Thread-safe; build one and share it, since building loads the models.
 */
public final class ArticleEnricher {

    public static final ExtractorInfo EXTRACTOR = new ExtractorInfo("newswire-extraction", "0.1.0");

    private final NlpPipeline pipeline;
    private final EntityExtractor entities;
    private final QuoteExtractor quotes;
    private final Clock clock;

    public ArticleEnricher(NlpPipeline pipeline, EntityExtractor entities, QuoteExtractor quotes, Clock clock) {
        this.pipeline = pipeline;
        this.entities = entities;
        this.quotes = quotes;
        this.clock = clock;
    }

    /** The production extractor: loads the models now, so the caller is ready when this returns. */
    public static ArticleEnricher createDefault() {
        return new ArticleEnricher(new NlpPipeline(), new NewsEntityExtractor(), new NewsQuoteExtractor(),
                Clock.systemUTC());
    }

    public EnrichedArticle enrich(Article article) {
        long started = System.nanoTime();
        AnnotatedText text = pipeline.annotate(article.body());
        List<EntityRecord> found = entities.extract(text);
        List<QuoteRecord> said = quotes.extract(text, found);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        return EnrichedArticle.of(article, found, said, EXTRACTOR, clock.instant().toString(), elapsedMs);
    }
}
