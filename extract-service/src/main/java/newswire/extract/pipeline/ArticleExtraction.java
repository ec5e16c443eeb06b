package newswire.extract.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import newswire.contract.Article;
import newswire.contract.EnrichedArticle;
import newswire.extraction.ArticleEnricher;

/**
 * The service's handle on the NLP core: a normal-scoped bean, so a test can stand in for it (e.g. to make
 * extraction fail) while the singleton enricher with its loaded models stays as it is.
 */
@ApplicationScoped
public class ArticleExtraction {

    @Inject
    ArticleEnricher enricher;

    public EnrichedArticle enrich(Article article) {
        return enricher.enrich(article);
    }
}
