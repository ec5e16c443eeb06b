package newswire.stories.model;

import java.util.List;

/** Who said what: the quotes of one speaker (merged entity key) in a story. */
public record SpeakerQuotes(String key, String name, List<StoryQuote> quotes) {
}
