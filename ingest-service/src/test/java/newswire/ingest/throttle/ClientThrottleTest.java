package newswire.ingest.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import newswire.ingest.IngestConfig;
import newswire.ingest.problem.Problem;
import org.junit.jupiter.api.Test;

/** Allowances per client, on a clock the test moves by hand. */
class ClientThrottleTest {

    private final AtomicLong now = new AtomicLong();

    private ClientThrottle throttle(Map<String, IngestConfig.Throttle.ClientLimits> clients) {
        IngestConfig.Throttle config = new IngestConfig.Throttle() {
            public boolean enabled() { return true; }
            public double requestsPerSecond() { return 1; }
            public int requestBurst() { return 2; }
            public double articlesPerSecond() { return 10; }
            public int articleBurst() { return 20; }
            public Map<String, ClientLimits> clients() { return clients; }
        };
        return new ClientThrottle(config, null, now::get);
    }

    private static IngestConfig.Throttle.ClientLimits requests(double perSecond, int burst) {
        return new IngestConfig.Throttle.ClientLimits() {
            public Optional<Double> requestsPerSecond() { return Optional.of(perSecond); }
            public Optional<Integer> requestBurst() { return Optional.of(burst); }
            public Optional<Double> articlesPerSecond() { return Optional.empty(); }
            public Optional<Integer> articleBurst() { return Optional.empty(); }
        };
    }

    @Test
    void aClientOverItsAllowanceLeavesTheOthersTheirs() {
        ClientThrottle throttle = throttle(Map.of());
        assertNull(throttle.admitRequest("noisy"));
        assertNull(throttle.admitRequest("noisy"));
        for (int i = 0; i < 100; i++) {
            assertNotNull(throttle.admitRequest("noisy"), "request " + i + " over the burst");
        }
        assertNull(throttle.admitRequest("calm"), "another client still has its whole burst");
        assertNull(throttle.admitRequest("calm"));
    }

    @Test
    void theRefusalSaysWhichAllowanceAndWhenToComeBack() {
        ClientThrottle throttle = throttle(Map.of());
        throttle.admitRequest("noisy");
        throttle.admitRequest("noisy");
        Problem refused = throttle.admitRequest("noisy");
        assertEquals(429, refused.status());
        assertEquals(1L, refused.retryAfterSeconds());
        assertTrue(refused.detail().contains("allowance of client 'noisy': 1 requests per second (bursts up to 2)"),
                refused.detail());
        now.addAndGet(1_000_000_000L);
        assertNull(throttle.admitRequest("noisy"), "back after Retry-After");
    }

    @Test
    void aClientWithItsOwnAllowanceGetsIt() {
        ClientThrottle throttle = throttle(Map.of("importer", requests(100, 50)));
        for (int i = 0; i < 50; i++) {
            assertNull(throttle.admitRequest("importer"), "request " + i);
        }
        assertNotNull(throttle.admitRequest("importer"));
        assertNull(throttle.admitArticles("importer", 20), "the article allowance is the default one");
        assertNotNull(throttle.admitArticles("importer", 1));
    }
}
