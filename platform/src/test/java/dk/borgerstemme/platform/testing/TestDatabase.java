package dk.borgerstemme.platform.testing;

import dk.borgerstemme.platform.db.EmbeddedDatabase;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The real database the tests run on: MySQL 8.4 in a container where a Docker engine is reachable,
 * otherwise the embedded MariaDB. One server per test JVM; every call gives a fresh, empty schema,
 * so test classes never see each other's rows and never pay for a second server.
 */
public final class TestDatabase {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static Server server;

    private TestDatabase() {
    }

    /** Datasource properties for a new, empty schema. */
    public static synchronized Map<String, String> freshSchema() {
        if (server == null) {
            server = DockerClientFactory.instance().isDockerAvailable() ? new ContainerServer() : new EmbeddedServer();
        }
        String schema = "test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        server.createSchema(schema);
        return Map.of(
            "datasources.default.url", server.jdbcUrl(schema),
            "datasources.default.username", server.username(),
            "datasources.default.password", server.password(),
            "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
    }

    private interface Server {
        void createSchema(String schema);

        String jdbcUrl(String schema);

        String username();

        String password();
    }

    private static final class EmbeddedServer implements Server {
        private final EmbeddedDatabase database;

        EmbeddedServer() {
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("borgerstemme-test-db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            database = EmbeddedDatabase.start(dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                database.close();
                deleteQuietly(dataDir);
            }));
        }

        private static void deleteQuietly(Path directory) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // A test database left in the temporary directory is harmless; the operating system clears it.
            }
        }

        @Override
        public void createSchema(String schema) {
            database.createSchema(schema);
        }

        @Override
        public String jdbcUrl(String schema) {
            return database.jdbcUrl(schema);
        }

        @Override
        public String username() {
            return "root";
        }

        @Override
        public String password() {
            return "";
        }
    }

    private static final class ContainerServer implements Server {
        private static final String PASSWORD = "test";
        private final MySQLContainer<?> container;

        @SuppressWarnings("resource")
        ContainerServer() {
            container = new MySQLContainer<>("mysql:8.4").withUsername("root").withPassword(PASSWORD);
            container.start();
        }

        @Override
        public void createSchema(String schema) {
            try (Connection connection = DriverManager.getConnection(container.getJdbcUrl(), username(), password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test schema " + schema, e);
            }
        }

        @Override
        public String jdbcUrl(String schema) {
            return "jdbc:mysql://" + container.getHost() + ":" + container.getMappedPort(3306) + "/" + schema
                + "?useSSL=false&allowPublicKeyRetrieval=true";
        }

        @Override
        public String username() {
            return "root";
        }

        @Override
        public String password() {
            return PASSWORD;
        }
    }
}
