package newswire.contract.serde;

import newswire.contract.EnrichedArticle;

/** For Java subscribers of {@value newswire.contract.Topics#ENRICHED}. */
public class EnrichedArticleDeserializer extends JsonDeserializer<EnrichedArticle> {
    public EnrichedArticleDeserializer() {
        super(EnrichedArticle.class);
    }
}
