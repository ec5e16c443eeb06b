package newswire.stories.model;

import java.util.List;

/** A quotation by a person, with the story it belongs to: an item of {@code GET /entities/{key}/quotes}. */
public record PersonQuote(String speakerKey, String speakerName, String storyId, String storyTitle, String text,
                          String latestPublishedAt, long latestMillis, List<QuoteReport> reports) {
}
