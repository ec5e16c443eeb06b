package newswire.contract;

/** A span of the article body: {@code body.substring(start, end).equals(text)}. */
public record Mention(String text, int start, int end) {
}
