package newswire.stories.streams;

import newswire.stories.model.Story;

/** A story's new version and the one it replaces (null for a new story). */
public record StoryChange(Story before, Story after) {
}
