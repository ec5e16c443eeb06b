package newswire.stories.streams;

import newswire.stories.model.Story;

/** Told of every story version the builder produces (the page's live stream listens). */
@FunctionalInterface
public interface StoryListener {

    StoryListener NONE = story -> { };

    void updated(Story story);
}
