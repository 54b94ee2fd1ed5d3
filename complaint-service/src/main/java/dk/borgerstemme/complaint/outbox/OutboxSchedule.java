package dk.borgerstemme.complaint.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the outbox every {@code borgerstemme.outbox.interval} (default 3 s) in every replica;
 * {@code borgerstemme.outbox.enabled: false} switches it off (tests that drive delivery themselves).
 */
@Singleton
@Requires(property = "borgerstemme.outbox.enabled", notEquals = "false")
class OutboxSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxDelivery delivery;

    OutboxSchedule(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelay = "${borgerstemme.outbox.interval:3s}", initialDelay = "${borgerstemme.outbox.initial-delay:5s}")
    void deliver() {
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next run tries again.
            LOG.warn("Outbox delivery run failed: {}", e.getClass().getSimpleName());
        }
    }
}
