package dk.borgerstemme.complaint.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Writes a message for another service or an e-mail into the outbox, in the caller's transaction, so
 * the message exists exactly when the change that causes it is committed. {@code kind} and
 * {@code idempotencyKey} identify the message: enqueueing the same pair again changes nothing.
 */
@Singleton
public class Outbox {

    private static final int DUPLICATE_KEY = 1062;

    private final JdbcOperations jdbc;
    private final Clock clock;

    Outbox(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns true when the message is new, false when one with this kind and key was already there. */
    @Transactional
    public boolean enqueue(String organisation, String kind, String idempotencyKey, String payload) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.prepareStatement("""
                INSERT INTO outbox_message (organisation, kind, idempotency_key, payload, created_at, attempts, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, 0, ?)""", (PreparedStatement statement) -> {
            statement.setString(1, organisation);
            statement.setString(2, kind);
            statement.setString(3, idempotencyKey);
            statement.setString(4, payload);
            statement.setTimestamp(5, Timestamp.valueOf(now));
            statement.setTimestamp(6, Timestamp.valueOf(now));
            try {
                statement.executeUpdate();
                return true;
            } catch (SQLException e) {
                // A duplicate key fails only this statement, not the caller's transaction (MySQL and
                // MariaDB alike). Not INSERT IGNORE: that would also swallow a NULL or a too long value.
                if (e.getErrorCode() == DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        });
    }
}
