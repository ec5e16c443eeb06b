package newswire.extraction.entities;

import java.util.List;
import newswire.contract.EntityRecord;
import newswire.extraction.nlp.AnnotatedText;

/** Placeholder until the entity work lands: finds nothing. */
public final class NewsEntityExtractor implements EntityExtractor {
    @Override
    public List<EntityRecord> extract(AnnotatedText text) {
        return List.of();
    }
}
