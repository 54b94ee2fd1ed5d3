package dk.borgerstemme.survey.invitation;

import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads an invitation, its wave and the answers saved with it in one statement: every page of a survey
 * checks the code and resumes the answers. Mapped by hand: Micronaut Data maps a projection of a custom
 * query by looking every column up by name and describes the projected type anew for every call, which
 * cost more than the two round trips the join saves (docs/benchmarks.md).
 */
@Singleton
class InvitationLookup {

    private static final String BY_CODE = """
        SELECT i.code, i.wave_id, i.unit, i.role, i.issued_on, i.used, i.requested_by, i.request_key,
               w.organisation, w.survey_version_id, w.name, w.opens_on, w.closes_on, w.closed_on, w.version,
               s.answers
        FROM invitation i JOIN wave w ON w.id = i.wave_id LEFT JOIN saved_answers s ON s.code = i.code
        WHERE i.code = ?""";

    private final ConnectionOperations<Connection> connections;

    InvitationLookup(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    Optional<InvitationAndWave> find(String code) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(BY_CODE)) {
                statement.setString(1, code);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(read(row)) : Optional.<InvitationAndWave>empty();
                }
            } catch (SQLException e) {
                throw new DataAccessException("The invitation could not be read", e);
            }
        });
    }

    private static InvitationAndWave read(ResultSet row) throws SQLException {
        long waveId = row.getLong(2);
        Invitation invitation = new Invitation(row.getString(1), waveId, row.getString(3), row.getString(4),
            row.getObject(5, LocalDate.class), row.getBoolean(6), row.getString(7), row.getString(8));
        Wave wave = new Wave(waveId, row.getString(9), row.getLong(10), row.getString(11), row.getObject(12, LocalDate.class),
            row.getObject(13, LocalDate.class), row.getObject(14, LocalDate.class), row.getLong(15));
        return new InvitationAndWave(invitation, wave, row.getString(16));
    }
}
