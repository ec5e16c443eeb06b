package newswire.stories.streams;

import java.util.List;
import newswire.stories.model.PersonQuote;

/**
 * A story's quotes by one speaker, sent to the partition of the speaker's key; an empty list retracts the quotes
 * the story had for that speaker before (a corrected article may drop a quote or change its speaker).
 */
public record SpeakerUpdate(String speakerKey, String storyId, List<PersonQuote> quotes) {
}
