package dk.borgerstemme.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBuckets.Limit tenPerMinute = new TokenBuckets.Limit(10, Duration.ofMinutes(1));

    @Test
    void aFullBucketLetsABurstThroughThenRefillsOneRequestEverySixSeconds() {
        TokenBuckets buckets = new TokenBuckets(100, now::get);
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take("a", tenPerMinute).allowed()).isTrue();
        }

        TokenBuckets.Decision refused = buckets.take("a", tenPerMinute);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter().toMillis()).isEqualTo(6000);

        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(buckets.take("a", tenPerMinute).retryAfter().toMillis()).isEqualTo(1000);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(buckets.take("a", tenPerMinute).allowed()).isTrue();
        assertThat(buckets.take("a", tenPerMinute).allowed()).isFalse();
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        TokenBuckets buckets = new TokenBuckets(100, now::get);
        buckets.take("a", tenPerMinute);
        now.addAndGet(Duration.ofHours(5).toNanos());

        int allowed = 0;
        while (buckets.take("a", tenPerMinute).allowed()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(10);
    }

    @Test
    void memoryIsBoundedByDroppingTheLeastRecentlyUsedBucket() {
        TokenBuckets buckets = new TokenBuckets(3, now::get);
        for (int i = 0; i < 10; i++) {
            buckets.take("stale", tenPerMinute);
        }
        for (int client = 0; client < 1000; client++) {
            buckets.take("client-" + client, tenPerMinute);
        }

        assertThat(buckets.size()).isEqualTo(3);
        assertThat(buckets.take("stale", tenPerMinute).allowed()).as("a dropped bucket comes back full").isTrue();
    }
}
