package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import newswire.contract.Topics;
import org.junit.jupiter.api.Test;

/**
 * The extract service is SIGKILLed in the middle of a stream and started again: every accepted article still
 * comes out enriched. Offsets are committed only after the enriched record is acknowledged, so the worst a crash
 * does is a redelivery, which produces a record with the same key and the same facts.
 */
class ExtractCrashIT {

    private static final int ARTICLES = 60;

    @Test
    void aKilledExtractorLosesNothing() throws Exception {
        try (Stack stack = Stack.start()) {
            DeliveryLedger ledger = new DeliveryLedger();
            String run = "crash";
            for (int i = 0; i < ARTICLES; i++) {
                Map<String, Object> article = Articles.article(run, i);
                ledger.pushed((String) article.get("id"));
                IngestClient.Answer answer = stack.ingestClient().postArticle(article);
                assertEquals(202, answer.status(), () -> "ingest answered " + answer.body());
                ledger.accepted(answer.body().get("id").asText());
            }
            try (TopicReader enriched = new TopicReader(stack.bootstrapServers(), Topics.ENRICHED)) {
                enriched.readUntil(r -> r.size() >= 5, Duration.ofSeconds(60));
            }
            stack.extractor().kill();
            long killed = System.nanoTime();
            stack.extractor().start();
            double restartSeconds = (System.nanoTime() - killed) / 1e9;
            ledger.collect(stack.bootstrapServers(), Duration.ofSeconds(120));
            double recoverySeconds = (System.nanoTime() - killed) / 1e9;
            ledger.report("extract SIGKILL mid-stream, restarted", recoverySeconds,
                    String.format("restart to ready %.1f s", restartSeconds));
            assertEquals(0, ledger.lost(), "nothing accepted is lost");
            assertEquals(ARTICLES, ledger.enriched());
            assertTrue(stack.extractor().isReady());
        }
    }
}
