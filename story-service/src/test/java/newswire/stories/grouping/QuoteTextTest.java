package newswire.stories.grouping;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteTextTest {

    private static boolean same(String a, String b) {
        return QuoteText.sameQuotation(QuoteText.normalise(a), QuoteText.normalise(b));
    }

    @Test
    void outletsReportingTheSameWordsDifferently() {
        assertTrue(same("We are closer to a ceasefire.", "we are closer to a ceasefire"));
        assertTrue(same("closer to a ceasefire than ever", "We are closer to a ceasefire than ever, he said"));
    }

    @Test
    void differentOrTooShortQuotationsAreNotMerged() {
        assertFalse(same("We are closer to a ceasefire", "We are further from a deal than ever"));
        assertFalse(same("yes", "yes we can do it today"));
    }
}
