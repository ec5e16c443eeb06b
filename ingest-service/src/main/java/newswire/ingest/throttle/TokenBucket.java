package newswire.ingest.throttle;

/**
 * A token bucket: fills at {@code perSecond} up to {@code capacity}; taking {@code n} succeeds when the bucket holds
 * {@code n} tokens, or, for an {@code n} larger than the bucket can ever hold, when it is full (and then goes into
 * debt, which the following seconds pay back). So a large batch is never refused for ever, and the average rate
 * still holds. Thread-safe; time is passed in, so tests need no clock.
 */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    TokenBucket(double perSecond, int capacity, long nowNanos) {
        if (perSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1, was "
                    + perSecond + "/s burst " + capacity);
        }
        this.perNano = perSecond / 1e9;
        this.capacity = capacity;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes {@code n} tokens and returns 0, or takes none and returns how many nanoseconds until it could. */
    synchronized long take(int n, long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        double needed = Math.min(n, capacity);
        if (tokens >= needed) {
            tokens -= n;
            return 0;
        }
        return (long) Math.ceil((needed - tokens) / perNano);
    }
}
