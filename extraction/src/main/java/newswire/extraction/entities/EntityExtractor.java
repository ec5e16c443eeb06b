package newswire.extraction.entities;

import java.util.List;
import newswire.contract.EntityRecord;
import newswire.extraction.nlp.AnnotatedText;

/** Finds the entities named in an article: one record per real-world entity, with every mention. */
public interface EntityExtractor {
    List<EntityRecord> extract(AnnotatedText text);
}
