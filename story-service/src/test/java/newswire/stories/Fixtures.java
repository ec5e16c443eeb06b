package newswire.stories;

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
 * Invented enriched articles, built the way extraction would describe them: the body is composed from sentences
 * and every entity mention and quote gets its real offsets.
 */
public final class Fixtures {

    private final String id;
    private String title = "";
    private String source = "Daily Wire Service";
    private String publishedAt = "2026-03-02T10:00:00Z";
    private final StringBuilder body = new StringBuilder();
    private final List<EntityRecord> entities = new ArrayList<>();
    private final List<QuoteRecord> quotes = new ArrayList<>();

    private Fixtures(String id) {
        this.id = id;
    }

    public static Fixtures article(String id) {
        return new Fixtures(id);
    }

    public Fixtures title(String value) {
        title = value;
        return this;
    }

    public Fixtures source(String value) {
        source = value;
        return this;
    }

    public Fixtures at(String isoInstant) {
        publishedAt = isoInstant;
        return this;
    }

    public Fixtures text(String sentence) {
        body.append(sentence).append(' ');
        return this;
    }

    /** An entity named once in its own sentence (the sentence must contain the name). */
    public Fixtures entity(String name, EntityType type, String key, double salience, String sentence) {
        int at = body.length() + sentence.indexOf(name);
        body.append(sentence).append(' ');
        entities.add(new EntityRecord("e" + (entities.size() + 1), name, type,
                List.of(new Mention(name, at, at + name.length())), 1, salience, key));
        return this;
    }

    /** A quote: {@code NAME said: "TEXT"} where NAME is an entity added before (by name). */
    public Fixtures quote(String speakerName, String text) {
        EntityRecord speaker = entities.stream().filter(e -> e.name().equals(speakerName)).findFirst().orElseThrow();
        int speakerAt = body.length();
        body.append(speakerName).append(" said: \"");
        int cueAt = speakerAt + speakerName.length() + 1;
        int start = body.length();
        body.append(text).append("\" ");
        quotes.add(new QuoteRecord("q" + (quotes.size() + 1), text, start, start + text.length(), QuoteType.FULL,
                new Speaker(speakerName, SpeakerKind.PERSON, speaker.id(), speakerAt, speakerAt + speakerName.length()),
                new Cue("said", cueAt, cueAt + 4), 0.9));
        return this;
    }

    public EnrichedArticle build() {
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, title, body.toString().strip(), source,
                "https://example.test/" + id, publishedAt, "en", List.copyOf(entities), List.copyOf(quotes),
                new ExtractorInfo("fixture", "1"), publishedAt, 1);
    }

    /** Two outlets on one summit (Mursi / Morsi spelled differently, the same Kerry quote) and an unrelated one. */
    public static EnrichedArticle summitByHarbourPost() {
        return summitByHarbourPost("harbour-1", "2026-03-02");
    }

    /** The summit report under another id, on another day (so that tests sharing a broker stay apart). */
    public static EnrichedArticle summitByHarbourPost(String id, String day) {
        return article(id).source("Harbour Post").at(day + "T09:00:00Z")
                .title("Kerry meets Mursi in Cairo over ceasefire talks")
                .entity("John Kerry", EntityType.PERSON, "person:KRY.JN", 0.9,
                        "US Secretary of State John Kerry flew to Cairo on Saturday for ceasefire talks.")
                .entity("Mohamed Mursi", EntityType.PERSON, "person:MRS.MHMT", 0.8,
                        "He met President Mohamed Mursi at the presidential palace.")
                .entity("Cairo", EntityType.LOCATION, "loc:CAIRO", 0.4, "The talks in Cairo lasted four hours.")
                .quote("John Kerry", "We are closer to a ceasefire than we were a week ago")
                .quote("Mohamed Mursi", "Egypt will keep the crossing open for the wounded")
                .build();
    }

    public static EnrichedArticle summitByRiverTimes() {
        return summitByRiverTimes("river-1", "2026-03-02");
    }

    public static EnrichedArticle summitByRiverTimes(String id, String day) {
        return summitByRiverTimesWithoutItsOwnQuote(id, day).quote("Kerry", "Nobody wants another week of this")
                .build();
    }

    /** The River Times report with only the quotation Harbour Post reported too (a correction drops the other). */
    public static Fixtures summitByRiverTimesWithoutItsOwnQuote(String id, String day) {
        return article(id).source("River Times").at(day + "T13:30:00Z")
                .title("Morsi and Kerry discuss ceasefire in Cairo")
                .entity("Mohammed Morsi", EntityType.PERSON, "person:MRS.MHMT", 0.85,
                        "Egyptian President Mohammed Morsi received the American envoy in Cairo.")
                .entity("Kerry", EntityType.PERSON, "person:KRY", 0.8,
                        "Kerry arrived from Jerusalem for the ceasefire talks.")
                .entity("Cairo", EntityType.LOCATION, "loc:CAIRO", 0.3, "Crowds gathered outside in Cairo.")
                .quote("Kerry", "we are closer to a ceasefire than we were a week ago");
    }

    public static EnrichedArticle unrelatedHarvest() {
        return article("farm-1").source("River Times").at("2026-03-02T15:00:00Z")
                .title("Wheat harvest breaks record in the northern plains")
                .entity("Anna Berg", EntityType.PERSON, "person:BRK.AN", 0.7,
                        "Farmer Anna Berg said the wheat harvest was the largest she had seen.")
                .entity("Cairo", EntityType.LOCATION, "loc:CAIRO", 0.2,
                        "Exports of grain to Cairo are expected to rise.")
                .text("Rain in spring and a warm summer filled the silos across the plains.")
                .quote("Anna Berg", "The silos have never been this full")
                .build();
    }
}
