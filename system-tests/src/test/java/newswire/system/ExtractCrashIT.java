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

    private static final int ARTICLES = 300;
    /** Killed once this many are out: well inside the stream, with most of it still to do. */
    private static final int KILL_AFTER = 30;

    private static void pushAll(Stack stack, DeliveryLedger ledger) {
        try {
            for (int i = 0; i < ARTICLES; i++) {
                Map<String, Object> article = Articles.article("crash", i);
                ledger.pushed((String) article.get("id"));
                IngestClient.Answer answer = stack.ingestClient().postArticle(article);
                assertEquals(202, answer.status(), () -> "ingest answered " + answer.body());
                ledger.accepted(answer.body().get("id").asText());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKilledExtractorLosesNothing() throws Exception {
        try (Stack stack = Stack.start()) {
            DeliveryLedger ledger = new DeliveryLedger();
            int outBeforeKill;
            long killed;
            try (TopicReader enriched = new TopicReader(stack.bootstrapServers(), Topics.ENRICHED)) {
                enriched.readUntil(r -> false, Duration.ofSeconds(2)); // in the group before anything is out
                Thread pusher = new Thread(() -> pushAll(stack, ledger));
                pusher.start();
                outBeforeKill = enriched.readUntil(r -> r.size() >= KILL_AFTER, Duration.ofSeconds(60)).size();
                stack.extractor().kill();
                killed = System.nanoTime();
                pusher.join();
            }
            stack.extractor().start();
            double restartSeconds = (System.nanoTime() - killed) / 1e9;
            ledger.collect(stack.bootstrapServers(), Duration.ofSeconds(120));
            double recoverySeconds = (System.nanoTime() - killed) / 1e9;
            ledger.report("extract SIGKILL mid-stream, restarted", recoverySeconds,
                    String.format("killed with %d of %d out; restart to ready %.1f s; duplicates = the at-least-once cost",
                            outBeforeKill, ARTICLES, restartSeconds));
            assertTrue(outBeforeKill < ARTICLES, "the kill came mid-stream");
            assertEquals(0, ledger.lost(), "nothing accepted is lost");
            assertEquals(ARTICLES, ledger.enriched());
            assertTrue(stack.extractor().isReady());
        }
    }
}
