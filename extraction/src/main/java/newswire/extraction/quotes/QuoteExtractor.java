package newswire.extraction.quotes;

import java.util.List;
import newswire.contract.EntityRecord;
import newswire.contract.QuoteRecord;
import newswire.extraction.nlp.AnnotatedText;

/** Finds every direct quotation in an article and who said it, naming speakers by the article's entities. */
public interface QuoteExtractor {
    List<QuoteRecord> extract(AnnotatedText text, List<EntityRecord> entities);
}
