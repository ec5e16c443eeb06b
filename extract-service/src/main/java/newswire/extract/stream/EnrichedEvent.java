package newswire.extract.stream;

/** One enriched event as it travels to stream clients: the article id and the JSON exactly as published. */
public record EnrichedEvent(String articleId, String json) {
}
