package newswire.extract.stream;

import java.util.ArrayDeque;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client's view of a hot stream: items are offered whether or not the client asked for them, held in a
 * bounded buffer, and when the buffer is full the oldest is dropped. So a slow or stalled client costs at most
 * {@code capacity} items of memory and never slows the others. (Mutiny's overflow strategies keep either
 * everything, nothing or only the latest item; this keeps the latest {@code capacity}.)
 *
 * <p>Delivery follows Reactive Streams: no more than requested, serialised by a work-in-progress counter.
 */
final class DropOldestSubscription<T> implements Flow.Subscription {

    private final Flow.Subscriber<? super T> subscriber;
    private final int capacity;
    private final Runnable onCancel;
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean cancelled;

    DropOldestSubscription(Flow.Subscriber<? super T> subscriber, int capacity, Runnable onCancel) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.subscriber = subscriber;
        this.capacity = capacity;
        this.onCancel = onCancel;
    }

    /** Never blocks: a full buffer loses its oldest item. */
    void offer(T item) {
        if (cancelled) {
            return;
        }
        synchronized (buffer) {
            if (buffer.size() == capacity) {
                buffer.pollFirst();
                dropped.incrementAndGet();
            }
            buffer.addLast(item);
        }
        drain();
    }

    long dropped() {
        return dropped.get();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            cancel();
            subscriber.onError(new IllegalArgumentException("§3.9: request must be positive, was " + n));
            return;
        }
        requested.getAndAccumulate(n, (current, add) -> current + add < 0 ? Long.MAX_VALUE : current + add);
        drain();
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            onCancel.run();
            synchronized (buffer) {
                buffer.clear();
            }
        }
    }

    private void drain() {
        if (wip.getAndIncrement() != 0) {
            return; // the thread already draining will loop again
        }
        int missed = 1;
        do {
            while (!cancelled && requested.get() > 0) {
                T next;
                synchronized (buffer) {
                    next = buffer.pollFirst();
                }
                if (next == null) {
                    break;
                }
                if (requested.get() != Long.MAX_VALUE) {
                    requested.decrementAndGet();
                }
                subscriber.onNext(next);
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }
}
