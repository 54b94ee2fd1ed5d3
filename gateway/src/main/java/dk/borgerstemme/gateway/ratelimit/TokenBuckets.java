package dk.borgerstemme.gateway.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a path family and a client address), in memory, at most {@code maxKeys}
 * of them: the least recently used bucket is dropped first. A dropped bucket is a full one when its
 * key comes back, which only ever errs towards letting a person through.
 */
final class TokenBuckets {

    record Limit(int requests, Duration per) {

        /** The time one request's token takes to grow back. */
        long intervalNanos() {
            return Math.max(1, per.toNanos() / requests);
        }

        long burstNanos() {
            return intervalNanos() * (requests - 1);
        }
    }

    /** {@code retryAfter} is how long until the next request would be let through; zero when allowed. */
    record Decision(boolean allowed, Duration retryAfter) {
    }

    /**
     * A bucket kept as the time it would be full again minus one interval per token taken (the generic
     * cell rate algorithm): one number, whole nanoseconds, no rounding drift.
     */
    private static final class Bucket {
        long theoreticalArrival;

        Bucket(long now) {
            this.theoreticalArrival = now;
        }
    }

    private final Map<String, Bucket> buckets;
    private final LongSupplier nanoTime;

    TokenBuckets(int maxKeys, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    Decision take(String key, Limit limit) {
        long now = nanoTime.getAsLong();
        synchronized (buckets) {
            Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(now));
            long earliest = bucket.theoreticalArrival - limit.burstNanos();
            if (now < earliest) {
                return new Decision(false, Duration.ofNanos(earliest - now));
            }
            bucket.theoreticalArrival = Math.max(bucket.theoreticalArrival, now) + limit.intervalNanos();
            return new Decision(true, Duration.ZERO);
        }
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
