package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A second extract instance joins the consumer group and takes a share of the partitions; then the first one
 * leaves. Nothing is lost through either rebalance, and both instances did real work.
 */
class RebalanceIT {

    private static final int PER_PHASE = 30;
    private static final Pattern ENRICHED_COUNTER =
            Pattern.compile("(?m)^newswire_extract_enriched_total(?:\\{[^}]*})?\\s+([0-9.eE+]+)");

    @Test
    void instancesJoinAndLeaveWithoutLoss() throws Exception {
        try (Stack stack = Stack.start()) {
            DeliveryLedger ledger = new DeliveryLedger();
            push(stack, ledger, 0, PER_PHASE);
            long joined = System.nanoTime();
            ServiceProcess second = stack.startExtractor();
            push(stack, ledger, PER_PHASE, 2 * PER_PHASE);
            ledger.collect(stack.bootstrapServers(), Duration.ofSeconds(120));
            double joinSeconds = (System.nanoTime() - joined) / 1e9;
            double byFirst = enrichedBy(stack.extractor());
            double bySecond = enrichedBy(second);

            long left = System.nanoTime();
            stack.extractor().stop();
            push(stack, ledger, 2 * PER_PHASE, 3 * PER_PHASE);
            ledger.collect(stack.bootstrapServers(), Duration.ofSeconds(120));
            double leaveSeconds = (System.nanoTime() - left) / 1e9;
            ledger.report("2nd extract joins, 1st leaves", joinSeconds + leaveSeconds, String.format(
                    "after join: 1st enriched %.0f, 2nd %.0f; all out %.1f s after join, %.1f s after leave",
                    byFirst, bySecond, joinSeconds, leaveSeconds));
            assertEquals(0, ledger.lost(), "nothing is lost through the rebalances");
            assertEquals(3 * PER_PHASE, ledger.enriched());
            assertTrue(bySecond > 0, "the joining instance took a share of the partitions");
            assertTrue(enrichedBy(second) >= bySecond + PER_PHASE - ledger.duplicates(),
                    "after the first left, the second did the rest");
        }
    }

    private static void push(Stack stack, DeliveryLedger ledger, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            var article = Articles.article("rebalance", i);
            ledger.pushed((String) article.get("id"));
            IngestClient.Answer answer = stack.ingestClient().postArticle(article);
            assertEquals(202, answer.status());
            ledger.accepted(answer.body().get("id").asText());
        }
    }

    /** The instance's own count of enriched articles, from its Prometheus metrics. */
    static double enrichedBy(ServiceProcess extractor) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(extractor.url("/q/metrics")))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = ENRICHED_COUNTER.matcher(metrics);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
            found = true;
        }
        assertTrue(found, "the enriched counter is exported");
        return total;
    }
}
