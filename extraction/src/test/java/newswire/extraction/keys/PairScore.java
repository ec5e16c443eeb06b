package newswire.extraction.keys;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairwise precision and recall of "same key": a merge pair with equal keys is a true positive, a merge pair with
 * different keys a false negative, an apart pair with equal keys a false positive.
 */
final class PairScore {

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int trueNegatives;
    private final List<String> errors = new ArrayList<>();

    static PairScore of(List<VariantPairs.Pair> pairs, EntityKeys keys) {
        PairScore score = new PairScore();
        for (VariantPairs.Pair p : pairs) {
            String a = keys.keys(p.a().entities(p.type())).get(0);
            String b = keys.keys(p.b().entities(p.type())).get(0);
            score.add(p, a, b);
        }
        return score;
    }

    private void add(VariantPairs.Pair pair, String a, String b) {
        boolean sameKey = a.equals(b);
        if (pair.same() && sameKey) {
            truePositives++;
        } else if (pair.same()) {
            falseNegatives++;
            errors.add("split  " + pair + "  (" + a + " / " + b + ")");
        } else if (sameKey) {
            falsePositives++;
            errors.add("merged " + pair + "  (" + a + ")");
        } else {
            trueNegatives++;
        }
    }

    double precision() {
        int said = truePositives + falsePositives;
        return said == 0 ? 1.0 : (double) truePositives / said;
    }

    double recall() {
        int real = truePositives + falseNegatives;
        return real == 0 ? 1.0 : (double) truePositives / real;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    List<String> errors() {
        return errors;
    }

    @Override
    public String toString() {
        return String.format("P %.3f R %.3f F1 %.3f (merge pairs kept together %d/%d, apart pairs kept apart %d/%d)",
                precision(), recall(), f1(), truePositives, truePositives + falseNegatives, trueNegatives,
                trueNegatives + falsePositives);
    }
}
