package newswire.benchmarks.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseAgreementTest {

    // six articles: three about a flood (a), two about a strike (b), one about a match (c); the grouper splits the
    // flood and puts its third article with the strike
    private static final List<String> GOLD = List.of("a", "a", "a", "b", "b", "c");
    private static final List<String> PREDICTED = List.of("x", "x", "y", "y", "y", "z");

    @Test
    void countsEveryPairOnceAsRightWronglyTogetherOrWronglyApart() {
        PairwiseAgreement agreement = PairwiseAgreement.of(GOLD, PREDICTED);

        // together in gold: 01 02 12 34; together in the prediction: 01 23 24 34
        assertEquals(new PairwiseAgreement(2, 2, 2), agreement);
        assertEquals(0.5, agreement.precision(), 1e-9);
        assertEquals(0.5, agreement.recall(), 1e-9);
        assertEquals(0.5, agreement.f1(), 1e-9);
    }

    @Test
    void pairsWithinOneGroupAreLeftOut() {
        // pairs 01, 23 and 45 are inside a group: left 02 12 34 together in gold, 24 34 in the prediction
        PairwiseAgreement agreement = PairwiseAgreement.of(GOLD, PREDICTED, List.of("g1", "g1", "g2", "g2", "g3",
                "g3"));

        assertEquals(new PairwiseAgreement(1, 1, 2), agreement);
        assertEquals(0.5, agreement.precision(), 1e-9);
        assertEquals(1.0 / 3, agreement.recall(), 1e-9);
    }

    @Test
    void aPerfectGroupingScoresOneWhateverItsLabelsAreCalled() {
        PairwiseAgreement agreement = PairwiseAgreement.of(GOLD, List.of("s9", "s9", "s9", "s1", "s1", "s5"));

        assertEquals(new PairwiseAgreement(4, 0, 0), agreement);
        assertEquals(1.0, agreement.f1(), 1e-9);
    }

    @Test
    void everythingInOneStoryHasFullRecallAndLowPrecision() {
        PairwiseAgreement agreement = PairwiseAgreement.of(GOLD, List.of("s", "s", "s", "s", "s", "s"));

        // 15 pairs joined, 4 of them right
        assertEquals(new PairwiseAgreement(4, 11, 0), agreement);
        assertEquals(4.0 / 15, agreement.precision(), 1e-9);
        assertEquals(1.0, agreement.recall(), 1e-9);
    }

    @Test
    void labelsMustLineUp() {
        assertThrows(IllegalArgumentException.class, () -> PairwiseAgreement.of(GOLD, List.of("x")));
    }
}
