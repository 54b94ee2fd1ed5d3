package dk.borgerstemme.platform.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What Flyway recorded as applied in a service's schema. */
public final class MigrationHistory {

    private MigrationHistory() {
    }

    public static List<String> appliedVersions(DataSource dataSource) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rows = connection.createStatement()
                 .executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }
}
