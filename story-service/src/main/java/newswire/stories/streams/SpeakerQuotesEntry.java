package newswire.stories.streams;

import java.util.List;
import java.util.Map;
import newswire.stories.model.PersonQuote;

/** The value of the speaker-quotes store: one speaker's quotes, by story. */
public record SpeakerQuotesEntry(String speakerKey, Map<String, List<PersonQuote>> byStory) {
}
