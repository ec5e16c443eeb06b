package newswire.stories.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A story's quotes by each of its speakers, as items of a person's quote list. */
public final class PersonQuotes {

    /** Newest report first, then story and text so the order is total. */
    public static final Comparator<PersonQuote> NEWEST_FIRST = Comparator.comparingLong(PersonQuote::latestMillis)
            .reversed().thenComparing(PersonQuote::storyId).thenComparing(PersonQuote::text);

    private PersonQuotes() {
    }

    public static List<PersonQuote> of(Story story, SpeakerQuotes speaker) {
        List<PersonQuote> quotes = new ArrayList<>();
        for (StoryQuote quote : speaker.quotes()) {
            QuoteReport latest = quote.reports().stream().max(Comparator.comparingLong(QuoteReport::publishedMillis))
                    .orElseThrow();
            quotes.add(new PersonQuote(speaker.key(), speaker.name(), story.id(), story.title(), quote.text(),
                    latest.publishedAt(), latest.publishedMillis(), quote.reports()));
        }
        return quotes;
    }
}
