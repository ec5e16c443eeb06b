package newswire.stories.model;

import java.util.List;

/**
 * One quotation, however many outlets reported it: the same words reported by two outlets are one record that
 * lists both reports.
 *
 * @param text the fullest wording reported
 */
public record StoryQuote(String text, List<QuoteReport> reports) {
}
