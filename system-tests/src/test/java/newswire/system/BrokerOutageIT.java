package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The broker stops in the middle of a load and comes back. While it is down ingest says 503 with Retry-After,
 * quickly; a client that retries later gets its articles in; nothing that got a 202 is lost, and the pipeline
 * resumes without anyone restarting the services.
 */
class BrokerOutageIT {

    private static final int BEFORE = 20;
    private static final int DURING = 10;
    private static final int AFTER = 20;
    /** The stated bound: a 503 must come back within this, never a hang. */
    private static final long MAX_503_MILLIS = 10_000;

    @Test
    void theBrokerGoesAwayAndComesBack() throws Exception {
        try (Stack stack = Stack.start()) {
            DeliveryLedger ledger = new DeliveryLedger();
            List<Map<String, Object>> refused = new ArrayList<>();
            int i = 0;
            for (; i < BEFORE; i++) {
                push(stack, ledger, Articles.article("outage", i), refused);
            }
            stack.broker().stop();
            long slowest503 = 0;
            for (; i < BEFORE + DURING; i++) {
                IngestClient.Answer answer = push(stack, ledger, Articles.article("outage", i), refused);
                assertEquals(503, answer.status(), () -> "while the broker is down: " + answer.body());
                assertNotNull(answer.header("Retry-After"), "503 says when to retry");
                slowest503 = Math.max(slowest503, answer.millis());
            }
            assertTrue(slowest503 < MAX_503_MILLIS, "503 within " + MAX_503_MILLIS + " ms, was " + slowest503);
            awaitNotReady(stack.ingest());

            long restarted = System.nanoTime();
            stack.broker().restart();
            stack.ingest().awaitReady(Duration.ofSeconds(90));
            stack.extractor().awaitReady(Duration.ofSeconds(90));
            double readyAgainSeconds = (System.nanoTime() - restarted) / 1e9;
            // the client retries what was refused, then goes on
            for (Map<String, Object> article : List.copyOf(refused)) {
                refused.remove(article);
                assertEquals(202, push(stack, ledger, article, refused).status(), "a retried article is accepted");
            }
            for (; i < BEFORE + DURING + AFTER; i++) {
                assertEquals(202, push(stack, ledger, Articles.article("outage", i), refused).status());
            }
            ledger.collect(stack.bootstrapServers(), Duration.ofSeconds(120));
            double recoverySeconds = (System.nanoTime() - restarted) / 1e9;
            ledger.report("broker stopped mid-load, restarted", recoverySeconds, String.format(
                    "%d x 503 while down, slowest %d ms; services ready %.1f s after broker restart",
                    DURING, slowest503, readyAgainSeconds));
            assertEquals(0, ledger.lost(), "nothing that got a 202 is lost");
            assertEquals(BEFORE + DURING + AFTER, ledger.accepted.size());
            assertEquals(ledger.accepted.size(), ledger.enriched());
        }
    }

    private static IngestClient.Answer push(Stack stack, DeliveryLedger ledger, Map<String, Object> article,
                                            List<Map<String, Object>> refused) throws Exception {
        ledger.pushed((String) article.get("id"));
        IngestClient.Answer answer = stack.ingestClient().postArticle(article);
        if (answer.status() == 202) {
            ledger.accepted(answer.body().get("id").asText());
        } else {
            refused.add(article);
        }
        return answer;
    }

    private static void awaitNotReady(ServiceProcess service) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (service.isReady()) {
            assertTrue(System.nanoTime() < deadline, "readiness goes DOWN while the broker is unreachable");
            Stack.sleep(500);
        }
    }
}
