package dk.borgerstemme.complaint.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code borgerstemme.outbox.*}: how often the outbox is read ({@code interval}, used by
 * {@link OutboxSchedule}), how many messages one run delivers at most, and the back-off after a failed
 * attempt: {@code first-retry} doubled per attempt, never more than {@code max-retry-delay}. A message
 * is retried for as long as it takes; nothing is given up.
 */
@ConfigurationProperties("borgerstemme.outbox")
public class OutboxSettings {

    private int batchSize = 20;
    private Duration firstRetry = Duration.ofSeconds(10);
    private Duration maxRetryDelay = Duration.ofHours(1);

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getFirstRetry() {
        return firstRetry;
    }

    public void setFirstRetry(Duration firstRetry) {
        this.firstRetry = firstRetry;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    /** The wait after the {@code attempts}-th failed attempt (1, 2, ...). */
    public Duration retryDelayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 || delay.isNegative() ? maxRetryDelay : delay;
    }
}
