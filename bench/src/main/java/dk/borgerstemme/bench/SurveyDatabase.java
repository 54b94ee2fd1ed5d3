package dk.borgerstemme.bench;

import dk.borgerstemme.survey.invitation.InvitationCode;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The survey service's tables as the benchmark reads and seeds them over JDBC: the demo wave the
 * service creates on its first start, fresh single-use codes for it, and the count of responses.
 */
final class SurveyDatabase {

    static final String ORGANISATION = "slagelse";
    private static final int BATCH = 2000;

    private final SystemUnderTest system;
    private final Set<String> issued = new HashSet<>();

    SurveyDatabase(SystemUnderTest system) {
        this.system = system;
    }

    /** The demo wave of the organisation and its units, as DemoWaves seeded them. */
    record DemoWave(long id, List<String> units) {
    }

    DemoWave demoWave() throws SQLException {
        try (Connection connection = system.surveyDatabase()) {
            long wave;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id FROM wave WHERE organisation = '" + ORGANISATION + "' ORDER BY id LIMIT 1")) {
                if (!rows.next()) {
                    throw new IllegalStateException("The survey service seeded no demo wave for " + ORGANISATION);
                }
                wave = rows.getLong(1);
            }
            List<String> units = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT unit FROM wave_unit WHERE wave_id = ? ORDER BY unit")) {
                statement.setLong(1, wave);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        units.add(rows.getString(1));
                    }
                }
            }
            return new DemoWave(wave, units);
        }
    }

    /**
     * Inserts {@code count} fresh codes for the wave, spread over its units, with the survey
     * service's own code generator, and returns them as a citizen types them.
     */
    List<String> seedCodes(DemoWave wave, int count) throws SQLException {
        List<String> codes = new ArrayList<>(count);
        try (Connection connection = system.surveyDatabase();
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO invitation (code, wave_id, unit, role, issued_on, used) VALUES (?, ?, ?, 'borger', ?, FALSE)")) {
            connection.setAutoCommit(false);
            Date today = Date.valueOf(LocalDate.now());
            for (int i = 0; i < count; i++) {
                InvitationCode code;
                do {
                    code = InvitationCode.generate();
                } while (!issued.add(code.value()));
                insert.setString(1, code.value());
                insert.setLong(2, wave.id());
                insert.setString(3, wave.units().get(i % wave.units().size()));
                insert.setDate(4, today);
                insert.addBatch();
                codes.add(code.display());
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return codes;
    }

    long responses() throws SQLException {
        return count("SELECT COUNT(*) FROM response");
    }

    long answers() throws SQLException {
        return count("SELECT COUNT(*) FROM answer");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = system.surveyDatabase();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
