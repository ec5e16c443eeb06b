package newswire.extraction.quotes;

import java.util.List;
import newswire.contract.EntityRecord;
import newswire.contract.QuoteRecord;
import newswire.extraction.nlp.AnnotatedText;

/** Placeholder until the quote work lands: finds nothing. */
public final class NewsQuoteExtractor implements QuoteExtractor {
    @Override
    public List<QuoteRecord> extract(AnnotatedText text, List<EntityRecord> entities) {
        return List.of();
    }
}
