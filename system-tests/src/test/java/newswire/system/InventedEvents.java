package newswire.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newswire.contract.Cue;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.contract.ExtractorInfo;
import newswire.contract.Mention;
import newswire.contract.QuoteRecord;
import newswire.contract.QuoteType;
import newswire.contract.Speaker;
import newswire.contract.SpeakerKind;

/**
 * Enriched events of our own invention, as the extract service would publish them, for the story service's fault
 * test: {@code events} made-up happenings, each reported by {@code outlets} outlets. The reports of one happening
 * share its person, its place, its words and one quotation; different happenings share nothing but function words,
 * so each report has one right story. Every offset indexes the body, as in a real event.
 */
final class InventedEvents {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "bu"};
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    private InventedEvents() {
    }

    /** The reports in the order they are published: each happening's reports follow each other within minutes. */
    static List<EnrichedArticle> reports(int events, int outlets) {
        List<EnrichedArticle> reports = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            for (int o = 0; o < outlets; o++) {
                reports.add(report(e, o));
            }
        }
        return reports;
    }

    static String articleId(int event, int outlet) {
        return "invented-" + event + "-" + outlet;
    }

    /** A pronounceable word made from the number: a name or a term no other happening uses. */
    private static String word(int n, int salt) {
        StringBuilder word = new StringBuilder();
        int x = n * 7 + salt * 1301 + 17;
        for (int i = 0; i < 4; i++) {
            word.append(SYLLABLES[x % SYLLABLES.length]);
            x = x / SYLLABLES.length + (i + 3) * salt;
        }
        return word.substring(0, 1).toUpperCase() + word.substring(1) + n;
    }

    static EnrichedArticle report(int event, int outlet) {
        String given = word(event, 1);
        String surname = word(event, 2);
        String person = given + " " + surname;
        String place = word(event, 3) + "ville";
        String thing = word(event, 4).toLowerCase();
        String quote = "The " + thing + " in " + place + " will open again before winter";

        StringBuilder body = new StringBuilder();
        body.append(person).append(" visited ").append(place).append(" on Monday to inspect the damaged ")
                .append(thing).append(". ");
        int quoteStart = body.length() + 1;
        body.append('"').append(quote).append(",\" ");
        int speakerStart = body.length();
        body.append(surname);
        int cueStart = body.length() + 1;
        body.append(" said. Outlet ").append(outlet).append(" reported that the ").append(thing)
                .append(" had been closed since a storm.");
        String text = body.toString();

        List<Mention> personMentions = List.of(new Mention(person, 0, person.length()),
                new Mention(surname, speakerStart, speakerStart + surname.length()));
        int placeAt = text.indexOf(place);
        EntityRecord personEntity = new EntityRecord("e1", person, EntityType.PERSON, personMentions, 2, 0.9,
                "person:" + surname.toUpperCase() + "." + given.toUpperCase());
        EntityRecord placeEntity = new EntityRecord("e2", place, EntityType.LOCATION,
                List.of(new Mention(place, placeAt, placeAt + place.length())), 1, 0.6, "loc:" + place.toUpperCase());
        QuoteRecord quoteRecord = new QuoteRecord("q1", quote, quoteStart, quoteStart + quote.length(),
                QuoteType.FULL, new Speaker(person, SpeakerKind.PERSON, "e1", speakerStart,
                speakerStart + surname.length()), new Cue("said", cueStart, cueStart + 4), 0.9);

        String published = START.plusSeconds(event * 3600L + outlet * 120L).toString();
        return new EnrichedArticle(1, articleId(event, outlet), person + " promises to reopen the " + thing,
                text, "outlet-" + outlet, "https://example.com/" + outlet + "/" + event, published, "en",
                List.of(personEntity, placeEntity), List.of(quoteRecord), new ExtractorInfo("invented", "1"),
                published, 1, "system-tests", published);
    }
}
