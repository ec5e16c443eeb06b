package newswire.benchmarks.stories;

import java.util.Map;
import newswire.contract.Article;

/**
 * An article of the labelled stream with its gold labels.
 *
 * @param story   the gold event: articles with the same label report the same event
 * @param persons the gold person identities, name as written in the article (lower case) to person id
 */
public record LabelledArticle(Article article, String story, Map<String, String> persons) {
}
