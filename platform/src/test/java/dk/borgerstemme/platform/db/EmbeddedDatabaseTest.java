package dk.borgerstemme.platform.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        // Not under java.io.tmpdir: the embedded server wipes data directories there at start.
        Path dataDir = Files.createDirectories(Path.of("target", "embedded-restart-test")).resolve(String.valueOf(System.nanoTime()));

        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            first.createSchema("restart_test");
            execute(first, "CREATE TABLE note (text VARCHAR(40) NOT NULL)");
            execute(first, "INSERT INTO note VALUES ('kept')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
            second.createSchema("restart_test");
            assertThat(queryOne(second, "SELECT text FROM note")).isEqualTo("kept");
        }
    }

    @Test
    void aDataDirectoryUnderTheTemporaryDirectoryIsNotTakenForAThrowAwayOne() {
        Path underTemporary = Path.of(System.getProperty("java.io.tmpdir"), "borgerstemme", "data");

        String told = EmbeddedDatabase.persistentPath(underTemporary);

        assertThat(told).doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(Path.of(told).normalize()).isEqualTo(underTemporary.toAbsolutePath().normalize());
        assertThat(EmbeddedDatabase.persistentPath(Path.of("/srv/borgerstemme/data"))).isEqualTo("/srv/borgerstemme/data");
    }

    @Test
    void refusesASchemaNameThatIsNotAPlainIdentifier() {
        assertThatThrownBy(() -> EmbeddedDatabase.checkedSchemaName("survey; DROP DATABASE mysql"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(EmbeddedDatabase.checkedSchemaName("survey")).isEqualTo("survey");
    }

    @Test
    void anExternalDatabaseIsUsedWhenItsUrlIsConfigured() {
        assertThat(DataServiceLauncher.externalDatabaseConfigured(Map.of("DATASOURCES_DEFAULT_URL", "jdbc:mysql://db/survey"), false)).isTrue();
        assertThat(DataServiceLauncher.externalDatabaseConfigured(Map.of(), true)).isTrue();
        assertThat(DataServiceLauncher.externalDatabaseConfigured(Map.of("DATASOURCES_DEFAULT_URL", " "), false)).isFalse();
        assertThat(DataServiceLauncher.externalDatabaseConfigured(Map.of(), false)).isFalse();
    }

    @Test
    void theDataLivesUnderTheConfiguredDirectoryOrUnderData() {
        assertThat(DataServiceLauncher.dataRoot(Map.of("BORGERSTEMME_DATA_DIR", "/srv/borgerstemme"))).isEqualTo(Path.of("/srv/borgerstemme"));
        assertThat(DataServiceLauncher.dataRoot(Map.of())).isEqualTo(Path.of("data"));
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl("restart_test"), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl("restart_test"), "root", "");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
