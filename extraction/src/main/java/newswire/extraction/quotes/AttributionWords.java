package newswire.extraction.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often each word plays a part in attributions that people annotated in news (PolNeAR's train split): for the
 * {@link #cueVerbs() cue verbs}, the times a verb lemma was the cue of an attribution ("said", "told", "tweeted", the
 * "according" of "according to") against the times it was seen as a verb; for the {@link #sourceNouns() source
 * nouns}, the times a noun lemma headed an annotated source ("spokesman", "campaign", "report") against the times it
 * was seen as a noun. Learned by {@code bin/train-speaker-model}, so the vocabulary of attribution comes from what
 * annotators marked, not from hand-kept lists: "fumed", "chimed", "upbraided" are cues because writers used them as
 * cues, and "resilience" is no source because nobody ever was one.
 */
final class AttributionWords {

    static final String CUE_VERBS = "/newswire/extraction/quotes/cue-verbs.tsv";
    static final String SOURCE_NOUNS = "/newswire/extraction/quotes/source-nouns.tsv";
    /** A word plays the part when at least this share of its uses do... */
    private static final double SHARE = 0.1;
    /** ...and it was seen doing so at least this often (a rare word's share says little). */
    private static final int TIMES = 2;

    private static final AttributionWords CUES = load(CUE_VERBS);
    private static final AttributionWords SOURCES = load(SOURCE_NOUNS);

    /** Times a lemma played the part, and times it was seen at all (as a verb, or as a noun). */
    record Counts(int inPart, int seen) {
    }

    private final Map<String, Counts> counts;

    AttributionWords(Map<String, Counts> counts) {
        this.counts = Map.copyOf(counts);
    }

    static AttributionWords cueVerbs() {
        return CUES;
    }

    static AttributionWords sourceNouns() {
        return SOURCES;
    }

    /** The share of a word's uses that play the part, smoothed towards 0 for rare words. */
    double share(String lemma) {
        Counts c = counts.get(lemma.toLowerCase(Locale.ROOT));
        return c == null ? 0.0 : c.inPart() / (c.seen() + 2.0);
    }

    /** True when the word plays the part often enough to count as, say, a cue verb. */
    boolean contains(String lemma) {
        Counts c = counts.get(lemma.toLowerCase(Locale.ROOT));
        return c != null && c.inPart() >= TIMES && share(lemma) >= SHARE;
    }

    /** The share as a coarse class, for features: "50", "20", "5", "0" (seen in the part), "none". */
    String shareClass(String lemma) {
        double s = share(lemma);
        return s >= 0.5 ? "50" : s >= 0.2 ? "20" : s >= 0.05 ? "5" : s > 0 ? "0" : "none";
    }

    Map<String, Counts> counts() {
        return counts;
    }

    private static AttributionWords load(String resource) {
        Map<String, Counts> counts = new HashMap<>();
        for (String[] f : TsvResource.rows(resource)) {
            counts.put(f[0], new Counts(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        return new AttributionWords(counts); // empty before the first training: no word plays any part
    }
}
