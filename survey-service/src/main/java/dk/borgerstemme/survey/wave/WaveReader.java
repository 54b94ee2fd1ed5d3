package dk.borgerstemme.survey.wave;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the figures of waves that staff see. Read-only, so it takes plain connections. */
@Singleton
class WaveReader {

    /** A survey version that may be fielded: published, of this organisation. */
    record PublishedVersion(long id, String slug, int number, LocalDate publishedOn, String definition) {
    }

    private final DataSource dataSource;

    WaveReader(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    List<PublishedVersion> publishedVersions(String organisation) {
        return query("""
                SELECT v.id, s.slug, v.number, v.published_on, v.definition
                FROM survey s JOIN survey_version v ON v.survey_id = s.id
                WHERE s.organisation = ? AND v.published_on IS NOT NULL
                ORDER BY s.slug, v.number DESC""",
            row -> new PublishedVersion(row.getLong(1), row.getString(2), row.getInt(3), row.getObject(4, LocalDate.class), row.getString(5)),
            organisation);
    }

    /**
     * Codes per unit and role: issued (letters and other services), used of those, and answers given on a
     * kiosk tablet, which makes a code per visit and so says nothing of reach. Never which code was used.
     */
    List<CodeCounts> counts(long waveId) {
        return query("""
                SELECT unit, role,
                       SUM(CASE WHEN requested_by IS NULL OR requested_by <> 'kiosk' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN (requested_by IS NULL OR requested_by <> 'kiosk') AND used THEN 1 ELSE 0 END),
                       SUM(CASE WHEN requested_by = 'kiosk' AND used THEN 1 ELSE 0 END)
                FROM invitation WHERE wave_id = ? GROUP BY unit, role ORDER BY unit, role""",
            row -> new CodeCounts(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4), row.getInt(5)),
            waveId);
    }

    List<String> batchCodes(long batchId) {
        return query("SELECT code FROM invitation_batch_code WHERE batch_id = ? ORDER BY code", row -> row.getString(1), batchId);
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(row.read(rows));
                }
                return read;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Waves cannot be read", e);
        }
    }
}
