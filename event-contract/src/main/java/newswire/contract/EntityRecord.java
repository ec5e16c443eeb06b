package newswire.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One real-world entity named in an article, with every mention of it.
 *
 * @param id       stable within the article, e.g. {@code e1}
 * @param name     canonical name: the fullest form the article uses
 * @param count    number of mentions
 * @param salience in [0,1]: how central the entity is to the article
 * @param key      the same value for the same real-world entity across articles and outlets (spelling variants,
 *                 transliterations, titles and particles folded); a pure function of the article. Added within
 *                 schema version 1: events extracted before it existed have none (null, absent from the JSON)
 */
public record EntityRecord(String id, String name, EntityType type, List<Mention> mentions, int count,
                           double salience, @JsonInclude(JsonInclude.Include.NON_NULL) String key) {

    /** The first shape, without the cross-article key (kept so code written against it compiles). */
    public EntityRecord(String id, String name, EntityType type, List<Mention> mentions, int count,
                        double salience) {
        this(id, name, type, mentions, count, salience, null);
    }
}
