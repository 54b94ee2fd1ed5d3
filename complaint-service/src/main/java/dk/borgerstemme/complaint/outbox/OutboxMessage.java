package dk.borgerstemme.complaint.outbox;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;

/**
 * A message waiting in (or delivered from) the outbox. {@code payload} is null once a handler that
 * carries personal data has delivered it.
 */
public record OutboxMessage(
    long id,
    String organisation,
    String kind,
    String idempotencyKey,
    @Nullable String payload,
    LocalDateTime createdAt,
    int attempts,
    LocalDateTime nextAttemptAt,
    @Nullable LocalDateTime deliveredAt,
    @Nullable String lastError) {

    public boolean isDelivered() {
        return deliveredAt != null;
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + id + " " + kind + " " + organisation + ", attempts " + attempts + "]";
    }
}
