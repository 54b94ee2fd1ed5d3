package dk.borgerstemme.complaint.intake;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Hands out references {@code K-<year>-<6 digits>}, numbered per organisation and year. The counter row
 * is created on first use and incremented in one statement, which holds the row's lock until the
 * caller's transaction ends: concurrent intakes wait for each other and never share a number, and a
 * rolled-back intake gives its number back.
 */
@Singleton
class ReferenceNumbers {

    private final JdbcOperations jdbc;

    ReferenceNumbers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    String next(String organisation, int year) {
        jdbc.prepareStatement("""
                INSERT INTO complaint_reference (organisation, year, last_number) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE last_number = last_number + 1""", (PreparedStatement statement) -> {
            statement.setString(1, organisation);
            statement.setInt(2, year);
            return statement.executeUpdate();
        });
        int number = jdbc.prepareStatement(
            "SELECT last_number FROM complaint_reference WHERE organisation = ? AND year = ? FOR UPDATE",
            (PreparedStatement statement) -> {
                statement.setString(1, organisation);
                statement.setInt(2, year);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            });
        return format(year, number);
    }

    static String format(int year, int number) {
        return String.format("K-%d-%06d", year, number);
    }
}
