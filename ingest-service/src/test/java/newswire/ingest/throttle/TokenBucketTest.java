package newswire.ingest.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The arithmetic of an allowance, on a clock the test moves by hand. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketGivesItsBurstThenRefillsAtItsRate() {
        TokenBucket bucket = new TokenBucket(2, 4, 0);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, bucket.take(1, 0), "burst item " + i);
        }
        assertEquals(SECOND / 2, bucket.take(1, 0), "empty: the next token comes in half a second");
        assertEquals(0, bucket.take(1, SECOND / 2));
        assertEquals(0, bucket.take(1, SECOND), "one more after another half second");
    }

    @Test
    void itNeverHoldsMoreThanItsBurst() {
        TokenBucket bucket = new TokenBucket(10, 3, 0);
        long later = 3600 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, bucket.take(1, later));
        }
        assertTrue(bucket.take(1, later) > 0, "an hour's rest earns no more than the burst");
    }

    @Test
    void aBatchLargerThanTheBurstPassesOnAFullBucketAndIsPaidBackAfterwards() {
        TokenBucket bucket = new TokenBucket(5, 10, 0);
        assertEquals(0, bucket.take(25, 0), "never refused for ever");
        // 15 in debt: at 5 per second, one token is there again after 3.2 s
        assertEquals(3_200_000_000L, bucket.take(1, 0));
        assertEquals(0, bucket.take(1, 3_200_000_000L));
    }

    @Test
    void aRefusalTakesNothing() {
        TokenBucket bucket = new TokenBucket(1, 5, 0);
        assertEquals(0, bucket.take(4, 0));
        assertTrue(bucket.take(3, 0) > 0);
        assertEquals(0, bucket.take(1, 0), "the refused request did not use up the last token");
    }
}
