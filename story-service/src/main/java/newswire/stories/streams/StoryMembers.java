package newswire.stories.streams;

import java.util.List;
import newswire.stories.grouping.ArticleDigest;

/** A story's member digests, as the assigner keeps them and hands them to the story builder. */
public record StoryMembers(String storyId, List<ArticleDigest> members) {
}
