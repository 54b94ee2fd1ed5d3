package dk.borgerstemme.complaint.retention;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the erasure every {@code borgerstemme.retention.interval} (default 1 h) in every replica; the
 * erasure is idempotent and re-checks each case in its update, so replicas running at once do no harm.
 */
@Singleton
@Requires(property = "borgerstemme.retention.enabled", notEquals = "false")
class RetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final ContactRetention retention;

    RetentionSchedule(ContactRetention retention) {
        this.retention = retention;
    }

    @Scheduled(fixedDelay = "${borgerstemme.retention.interval:1h}", initialDelay = "${borgerstemme.retention.initial-delay:1m}")
    void erase() {
        try {
            retention.eraseDue();
        } catch (RuntimeException e) {
            LOG.warn("Contact details erasure run failed: {}", e.getClass().getSimpleName());
        }
    }
}
