package newswire.contract;

import java.util.List;

/**
 * One real-world entity named in an article, with every mention of it.
 *
 * @param id       stable within the article, e.g. {@code e1}
 * @param name     canonical name: the fullest form the article uses
 * @param count    number of mentions
 * @param salience in [0,1]: how central the entity is to the article
 */
public record EntityRecord(String id, String name, EntityType type, List<Mention> mentions, int count,
                           double salience) {
}
