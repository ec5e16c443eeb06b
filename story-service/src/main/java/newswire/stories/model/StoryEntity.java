package newswire.stories.model;

import java.util.List;
import java.util.Map;

/**
 * An entity merged over a story's articles.
 *
 * @param variants          every spelling seen (names and mentions), e.g. Mursi and Morsi
 * @param mentionsByOutlet  mention count per source
 */
public record StoryEntity(String key, String name, String type, List<String> variants,
                          Map<String, Integer> mentionsByOutlet) {
}
