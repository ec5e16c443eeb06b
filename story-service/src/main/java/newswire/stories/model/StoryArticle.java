package newswire.stories.model;

/** A member article of a story. */
public record StoryArticle(String articleId, String source, String url, String publishedAt, String title) {
}
