package newswire.extract;

import static newswire.extract.KafkaTestClient.awaitRecordWithKey;
import static newswire.extract.KafkaTestClient.committedOffsets;
import static newswire.extract.KafkaTestClient.endOffsets;
import static newswire.extract.KafkaTestClient.produce;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import newswire.contract.Topics;
import org.junit.jupiter.api.Test;

/**
 * Once the output of every input record is on the broker, the service's consumer group has committed the end of
 * the input: a restart resumes after it instead of replaying everything, and nothing before it is lost.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class OffsetCommitTest {

    @Test
    void theGroupCommitsTheEndOfTheInputOnceEveryRecordIsPublished() throws Exception {
        // good and bad records over several partitions: both kinds must let the offset move on
        for (int i = 0; i < 6; i++) {
            String key = "commit-" + i + "-" + UUID.randomUUID();
            String value = i % 3 == 2 ? "not json " + i
                    : "{\"id\":\"" + key + "\",\"body\":\"Barack Obama visited Paris, report " + i + ".\"}";
            produce(Topics.ARTICLES, key, value.getBytes(StandardCharsets.UTF_8));
            awaitRecordWithKey(i % 3 == 2 ? Topics.DEAD_LETTER : Topics.ENRICHED, key, Duration.ofSeconds(60));
        }

        Map<Integer, Long> end = endOffsets(Topics.ARTICLES);
        Map<Integer, Long> committed = Map.of();
        // throttled commits are periodic (auto.commit.interval.ms, 5 s by default)
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            committed = committedOffsets("newswire-extract", Topics.ARTICLES);
            if (reachesEnd(committed, end)) {
                break;
            }
            Thread.sleep(500);
        }
        for (Map.Entry<Integer, Long> e : end.entrySet()) {
            // a partition nobody wrote to has nothing to commit
            if (e.getValue() > 0) {
                assertEquals(e.getValue(), committed.get(e.getKey()), "committed offset of partition " + e.getKey());
            }
        }
    }

    private static boolean reachesEnd(Map<Integer, Long> committed, Map<Integer, Long> end) {
        return end.entrySet().stream().allMatch(e -> e.getValue() == 0 || e.getValue().equals(committed.get(e.getKey())));
    }
}
