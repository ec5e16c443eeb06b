package newswire.extraction.evaluation;

/** Precision, recall and F1 from counts, as the shared scorers compute them (0 where a count is 0, never NaN). */
public record Prf(double precision, double recall, double f1) {

    public static Prf of(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        // the same operations in the same order as Python, so the doubles are the same to the last bit
        return new Prf(p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }
}
