package dk.borgerstemme.complaint.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers what is due in the outbox, one message per transaction. The message is taken with
 * {@code FOR UPDATE SKIP LOCKED} (MySQL 8 and MariaDB 10.6 and later), so several replicas share the
 * work without delivering a message twice; the lock is held until the delivery is recorded. A failed
 * attempt is counted and tried again after an exponential back-off; the error recorded holds no
 * personal data.
 */
@Singleton
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int ERROR_LENGTH = 500;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Map<String, OutboxHandler> handlers;
    private final OutboxSettings settings;
    private final Clock clock;

    OutboxDelivery(JdbcOperations jdbc, TransactionOperations<Connection> transactions, List<OutboxHandler> handlers,
                   OutboxSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
        this.settings = settings;
        this.clock = clock;
    }

    /** Delivers up to a batch of due messages; returns how many were tried (delivered or not). */
    public int deliverDue() {
        int tried = 0;
        while (tried < settings.getBatchSize() && transactions.executeWrite(status -> deliverNext())) {
            tried++;
        }
        return tried;
    }

    /** Takes the next due message that no other replica holds, and tries it. False when none is due. */
    private boolean deliverNext() {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<OutboxMessage> next = jdbc.prepareStatement("""
                SELECT id, organisation, kind, idempotency_key, payload, created_at, attempts, next_attempt_at, delivered_at, last_error
                FROM outbox_message
                WHERE delivered_at IS NULL AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", (PreparedStatement statement) -> {
            statement.setTimestamp(1, Timestamp.valueOf(now));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.<OutboxMessage>empty();
            }
        });
        if (next.isEmpty()) {
            return false;
        }
        OutboxMessage message = next.get();
        OutboxHandler handler = handlers.get(message.kind());
        try {
            if (handler == null) {
                throw new DeliveryFailure("No handler for outbox kind " + message.kind());
            }
            handler.deliver(message);
            markDelivered(message, handler.payloadIsPersonal());
        } catch (Exception e) {
            markFailed(message, e);
        }
        return true;
    }

    private void markDelivered(OutboxMessage message, boolean clearPayload) {
        String clear = clearPayload ? ", payload = NULL" : "";
        jdbc.prepareStatement("UPDATE outbox_message SET delivered_at = ?, attempts = attempts + 1, last_error = NULL" + clear
            + " WHERE id = ?", (PreparedStatement statement) -> {
            statement.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock)));
            statement.setLong(2, message.id());
            return statement.executeUpdate();
        });
    }

    private void markFailed(OutboxMessage message, Exception failure) {
        int attempts = message.attempts() + 1;
        LocalDateTime retryAt = LocalDateTime.now(clock).plus(settings.retryDelayAfter(attempts));
        String error = safeDescription(failure);
        LOG.warn("Outbox message {} ({}) failed on attempt {}, next attempt at {}: {}", message.id(), message.kind(), attempts, retryAt, error);
        jdbc.prepareStatement("UPDATE outbox_message SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
            (PreparedStatement statement) -> {
                statement.setInt(1, attempts);
                statement.setTimestamp(2, Timestamp.valueOf(retryAt));
                statement.setString(3, error);
                statement.setLong(4, message.id());
                return statement.executeUpdate();
            });
    }

    /** A handler's own {@link DeliveryFailure} text, else only the exception's class: its message might hold an address. */
    static String safeDescription(Throwable failure) {
        String text = failure instanceof DeliveryFailure ? failure.getMessage() : failure.getClass().getSimpleName();
        if (failure instanceof DeliveryFailure && failure.getCause() != null) {
            text += " (" + failure.getCause().getClass().getSimpleName() + ")";
        }
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
    }

    static OutboxMessage read(ResultSet rows) throws java.sql.SQLException {
        Timestamp delivered = rows.getTimestamp("delivered_at");
        return new OutboxMessage(
            rows.getLong("id"),
            rows.getString("organisation"),
            rows.getString("kind"),
            rows.getString("idempotency_key"),
            rows.getString("payload"),
            rows.getTimestamp("created_at").toLocalDateTime(),
            rows.getInt("attempts"),
            rows.getTimestamp("next_attempt_at").toLocalDateTime(),
            delivered == null ? null : delivered.toLocalDateTime(),
            rows.getString("last_error"));
    }
}
