package dk.borgerstemme.platform.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.runtime.Micronaut;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a data service. With no datasource URL configured, it first starts an embedded MariaDB
 * whose data lives under {@code <data dir>/<service>} and survives restarts; with
 * {@code DATASOURCES_DEFAULT_URL} set it uses that database and starts nothing.
 */
public final class DataServiceLauncher {

    static final String URL_VARIABLE = "DATASOURCES_DEFAULT_URL";
    static final String URL_PROPERTY = "datasources.default.url";
    static final String DATA_DIR_VARIABLE = "BORGERSTEMME_DATA_DIR";
    /** Set to {@code true} when the service runs on its embedded database, for what may then be made locally. */
    public static final String EMBEDDED_PROPERTY = "borgerstemme.embedded-database";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private DataServiceLauncher() {
    }

    public static ApplicationContext run(Class<?> application, String service, String schema, String[] args) {
        Micronaut micronaut = Micronaut.build(args).mainClass(application).banner(false);
        if (externalDatabaseConfigured(System.getenv(), System.getProperties().stringPropertyNames().contains(URL_PROPERTY))) {
            return micronaut.start();
        }
        Path dataDir = dataRoot(System.getenv()).resolve(service);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
        database.createSchema(schema);
        Map<String, Object> properties = new HashMap<>(database.datasourceProperties(schema));
        properties.put(EMBEDDED_PROPERTY, true);
        ApplicationContext context;
        try {
            context = micronaut
                .propertySources(PropertySource.of("embedded-database", properties))
                .start();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        // Micronaut's own shutdown hook stops the application; this one waits for that, then stops
        // the database, so no request or migration loses its connection. Stopping the context here
        // as well would deadlock with Micronaut's hook.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitStop(context, SHUTDOWN_WAIT);
            database.close();
        }, service + "-embedded-database-stop"));
        return context;
    }

    private static void awaitStop(ApplicationContext context, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static boolean externalDatabaseConfigured(Map<String, String> environment, boolean systemPropertySet) {
        String url = environment.get(URL_VARIABLE);
        return systemPropertySet || (url != null && !url.isBlank());
    }

    static Path dataRoot(Map<String, String> environment) {
        String configured = environment.get(DATA_DIR_VARIABLE);
        return Path.of(configured == null || configured.isBlank() ? "data" : configured);
    }
}
