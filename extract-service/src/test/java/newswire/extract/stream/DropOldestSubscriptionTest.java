package newswire.extract.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class DropOldestSubscriptionTest {

    /** Records what it is given and requests only when told to, like a slow network client. */
    static final class SlowClient implements Flow.Subscriber<Integer> {
        final List<Integer> received = new ArrayList<>();
        Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(Integer item) {
            received.add(item);
        }

        @Override
        public void onError(Throwable t) {
            throw new AssertionError(t);
        }

        @Override
        public void onComplete() {
        }
    }

    @Test
    void aClientThatDoesNotReadKeepsOnlyTheNewestItemsAndGetsThemWhenItAsks() {
        SlowClient client = new SlowClient();
        DropOldestSubscription<Integer> subscription = new DropOldestSubscription<>(client, 3, () -> { });
        client.onSubscribe(subscription);

        for (int i = 1; i <= 10; i++) {
            subscription.offer(i);
        }
        assertTrue(client.received.isEmpty(), "nothing is pushed before it is requested");
        assertEquals(7, subscription.dropped());

        client.subscription.request(2);
        assertEquals(List.of(8, 9), client.received);
        client.subscription.request(5);
        assertEquals(List.of(8, 9, 10), client.received);

        subscription.offer(11);
        assertEquals(List.of(8, 9, 10, 11), client.received, "outstanding demand is served at once");
    }

    @Test
    void aCancelledClientIsForgottenAndGetsNothingMore() {
        SlowClient client = new SlowClient();
        List<String> cancelled = new ArrayList<>();
        DropOldestSubscription<Integer> subscription = new DropOldestSubscription<>(client, 3, () -> cancelled.add("x"));
        client.onSubscribe(subscription);
        client.subscription.request(Long.MAX_VALUE);
        subscription.offer(1);
        subscription.cancel();
        subscription.offer(2);
        assertEquals(List.of(1), client.received);
        assertEquals(List.of("x"), cancelled);
    }
}
