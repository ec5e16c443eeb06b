package newswire.stories.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** State may be dropped only behind the slowest input partition, unless that partition has gone silent. */
class PartitionWatermarksTest {

    private static final long DAY = 24 * 3600 * 1000L;

    @Test
    void theLowWatermarkIsTheNewestArticleOfTheSlowestPartition() {
        PartitionWatermarks watermarks = new PartitionWatermarks(100);
        watermarks.record(0, 200 * DAY);
        watermarks.record(1, 10 * DAY);
        watermarks.record(0, 240 * DAY);
        watermarks.record(1, 12 * DAY);
        watermarks.record(1, 11 * DAY);
        assertEquals(12 * DAY, watermarks.low(240 * DAY), "partition 1 is 228 days behind partition 0");
    }

    @Test
    void aSilentPartitionStopsHoldingTheWatermarkBack() {
        PartitionWatermarks watermarks = new PartitionWatermarks(3);
        watermarks.record(1, 10 * DAY);
        for (int i = 1; i <= 4; i++) {
            watermarks.record(0, (100 + i) * DAY);
        }
        assertEquals(104 * DAY, watermarks.low(0));
        assertEquals(-1, new PartitionWatermarks(3).low(-1), "nothing seen: the fallback");
    }
}
