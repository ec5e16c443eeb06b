package newswire.stories.api;

import java.util.List;
import newswire.stories.model.Story;

/** A page of stories, most recently updated first. */
public record StoryPage(int page, int size, int total, List<Story> items) {
}
