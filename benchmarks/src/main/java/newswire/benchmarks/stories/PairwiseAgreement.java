package newswire.benchmarks.stories;

import java.util.List;
import java.util.Objects;

/**
 * Pairwise agreement of a predicted clustering with a gold one: every unordered pair of items counts once, as
 * "together" or "apart" in each. A pair together in both is a true positive, together only in the prediction a
 * false positive, together only in gold a false negative. Pairwise scores punish a wrong merge of two big
 * clusters more than a stray singleton, which is what a reader of merged stories notices.
 *
 * @param truePositives  pairs together in gold and in the prediction
 * @param falsePositives pairs together in the prediction only
 * @param falseNegatives pairs together in gold only
 */
public record PairwiseAgreement(long truePositives, long falsePositives, long falseNegatives) {

    /** Over all pairs of items; {@code gold.get(i)} and {@code predicted.get(i)} are item i's cluster labels. */
    public static PairwiseAgreement of(List<String> gold, List<String> predicted) {
        return of(gold, predicted, null);
    }

    /**
     * Over the pairs of items from different groups only ({@code groups} null: all pairs), e.g. entities of
     * different articles when only the cross-article key is under test.
     */
    public static PairwiseAgreement of(List<String> gold, List<String> predicted, List<String> groups) {
        if (gold.size() != predicted.size() || (groups != null && groups.size() != gold.size())) {
            throw new IllegalArgumentException("one gold label, one predicted label (and one group) per item");
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            for (int j = i + 1; j < gold.size(); j++) {
                if (groups != null && Objects.equals(groups.get(i), groups.get(j))) {
                    continue;
                }
                boolean inGold = Objects.equals(gold.get(i), gold.get(j));
                boolean inPrediction = Objects.equals(predicted.get(i), predicted.get(j));
                if (inGold && inPrediction) {
                    tp++;
                } else if (inPrediction) {
                    fp++;
                } else if (inGold) {
                    fn++;
                }
            }
        }
        return new PairwiseAgreement(tp, fp, fn);
    }

    /** Share of predicted-together pairs that are together in gold; 1 when the prediction joins nothing. */
    public double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** Share of gold-together pairs that the prediction joins; 1 when gold joins nothing. */
    public double recall() {
        long gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("precision %.3f  recall %.3f  F1 %.3f  (pairs: %d right together, %d wrongly "
                + "together, %d wrongly apart)", precision(), recall(), f1(), truePositives, falsePositives,
                falseNegatives);
    }
}
