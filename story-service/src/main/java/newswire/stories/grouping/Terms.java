package newswire.stories.grouping;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Compact term vectors of text and their cosine similarity: the "same wording" signal of the grouping. */
public final class Terms {

    /** Function words carry no topic; the list is short on purpose (frequent content words are damped by log). */
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("a an and are as at be been but by for from had has have he her "
            + "his i in is it its not of on or our she that the their them they this to was we were what when which "
            + "who will with would you said says say also after before over into about than more there one two new "
            + "could other out up all been being can did do does just may most no only some such then these those "
            + "us very while year years told mr mrs ms").split(" ")));

    private Terms() {
    }

    /** The {@code max} heaviest terms (title words count double), weights L2-normalised. */
    public static Map<String, Double> vector(String title, String body, int max) {
        Map<String, Double> counts = new HashMap<>();
        addTokens(counts, title, 2.0);
        addTokens(counts, body, 1.0);
        Map<String, Double> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .forEach(e -> top.put(e.getKey(), 1 + Math.log(e.getValue())));
        return normalised(top);
    }

    private static void addTokens(Map<String, Double> counts, String text, double weight) {
        if (text == null) {
            return;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (String token : folded.split("[^a-z0-9]+")) {
            if (token.length() > 2 && !STOP.contains(token) && !token.chars().allMatch(Character::isDigit)) {
                counts.merge(stem(token), weight, Double::sum);
            }
        }
    }

    /** A crude plural fold, enough for "talks"/"talk" across outlets. */
    private static String stem(String token) {
        if (token.length() > 4 && token.endsWith("s") && !token.endsWith("ss")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    public static Map<String, Double> normalised(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        Map<String, Double> out = new LinkedHashMap<>();
        if (norm > 0) {
            vector.forEach((term, weight) -> out.put(term, weight / norm));
        }
        return out;
    }

    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }

    /** The sum of several vectors cut to the {@code max} heaviest terms and normalised: a story's centroid. */
    public static Map<String, Double> centroid(Iterable<Map<String, Double>> vectors, int max) {
        Map<String, Double> sum = new HashMap<>();
        vectors.forEach(v -> v.forEach((term, weight) -> sum.merge(term, weight, Double::sum)));
        Map<String, Double> top = new LinkedHashMap<>();
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return normalised(top);
    }
}
