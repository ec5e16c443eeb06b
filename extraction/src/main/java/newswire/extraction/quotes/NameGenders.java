package newswire.extraction.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How English text refers back to a word: for first names and nouns of people, how often "he" and how often "she"
 * followed them in a large web corpus (Bergsma and Lin 2006, the gender statistics CoreNLP ships in its models jar).
 * The article's own evidence comes first ({@link Genders}); these counts decide only where the article says nothing,
 * so "she posted" after "Noah Feld … Ines Carvalho" goes to Ines. Kept: single words referred to as "he" or "she"
 * at least ten times, three times in four as one of them. Derived by {@code bin/train-speaker-model}.
 */
final class NameGenders {

    static final String RESOURCE = "/newswire/extraction/quotes/name-genders.tsv";
    private static final NameGenders STANDARD = load();

    private final Map<String, Genders.Gender> genders;

    NameGenders(Map<String, Genders.Gender> genders) {
        this.genders = Map.copyOf(genders);
    }

    static NameGenders standard() {
        return STANDARD;
    }

    /** The gender text mostly gives this word (a first name, "spokeswoman"), or UNKNOWN. */
    Genders.Gender of(String word) {
        return genders.getOrDefault(word.toLowerCase(Locale.ROOT), Genders.Gender.UNKNOWN);
    }

    private static NameGenders load() {
        Map<String, Genders.Gender> genders = new HashMap<>();
        for (String[] f : TsvResource.rows(RESOURCE)) {
            genders.put(f[0], Integer.parseInt(f[1]) > Integer.parseInt(f[2]) ? Genders.Gender.MALE
                    : Genders.Gender.FEMALE);
        }
        return new NameGenders(genders);
    }

    /**
     * Reads CoreNLP's gender counts ("word TAB masculine feminine neuter plural" per line, gzipped) and keeps the
     * single words that are people's: referred to as "he" or "she" at least ten times, at least as often as by "it"
     * and "they" together, and three times in four by the same one of the two.
     */
    static Map<String, int[]> derive(InputStream gzipped) throws IOException {
        Map<String, int[]> kept = new java.util.TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.util.zip.GZIPInputStream(gzipped),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                String word = line.substring(0, tab);
                if (!word.matches("[a-z][a-z\\-]*")) {
                    continue;
                }
                String[] c = line.substring(tab + 1).trim().split(" ");
                int male = Integer.parseInt(c[0]);
                int female = Integer.parseInt(c[1]);
                int others = Integer.parseInt(c[2]) + Integer.parseInt(c[3]);
                int people = male + female;
                if (people >= 10 && people >= others && Math.max(male, female) * 4 >= people * 3) {
                    kept.put(word, new int[] {male, female});
                }
            }
        }
        return kept;
    }
}
