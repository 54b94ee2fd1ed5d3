package dk.borgerstemme.complaint.testing;

import dk.borgerstemme.complaint.outbox.OutboxMessage;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Reads the outbox table as it is in the database, for assertions. */
public final class OutboxRows {

    private final DataSource dataSource;

    public OutboxRows(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public List<OutboxMessage> ofKind(String kind) {
        List<OutboxMessage> messages = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT * FROM outbox_message WHERE kind = ? ORDER BY id")) {
            statement.setString(1, kind);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Timestamp delivered = rows.getTimestamp("delivered_at");
                    messages.add(new OutboxMessage(rows.getLong("id"), rows.getString("organisation"), rows.getString("kind"),
                        rows.getString("idempotency_key"), rows.getString("payload"), rows.getTimestamp("created_at").toLocalDateTime(),
                        rows.getInt("attempts"), rows.getTimestamp("next_attempt_at").toLocalDateTime(),
                        delivered == null ? null : delivered.toLocalDateTime(), rows.getString("last_error")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return messages;
    }

    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
