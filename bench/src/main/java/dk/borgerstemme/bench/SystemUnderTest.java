package dk.borgerstemme.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services, each its own process on its own port, with fresh data: started like
 * run.sh does (demo environment, embedded database unless an external one is given), one at a time
 * so each one's start-up is timed alone.
 */
final class SystemUnderTest implements AutoCloseable {

    static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Duration START_UP = Duration.ofSeconds(180);
    private static final String JDBC_OPTIONS = "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";

    final ServiceProcess survey;
    final ServiceProcess complaint;
    final ServiceProcess gateway;
    private final Settings settings;
    private final Path data;
    private final Path root;
    private boolean stopped;

    private SystemUnderTest(Settings settings, Path root, Path data) {
        this.settings = settings;
        this.data = data;
        this.root = root;
        int[] ports = freePorts(3);
        Path logs = data.resolve("logs");
        this.survey = new ServiceProcess("survey-service", jar(root, "survey-service"), ports[0], logs.resolve("survey-service.log"));
        this.complaint = new ServiceProcess("complaint-service", jar(root, "complaint-service"), ports[1], logs.resolve("complaint-service.log"));
        this.gateway = new ServiceProcess("gateway", jar(root, "gateway"), ports[2], logs.resolve("gateway.log"));
    }

    static SystemUnderTest start(Settings settings, Path root, Path data) {
        try {
            Files.createDirectories(data.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SystemUnderTest system = new SystemUnderTest(settings, root, data);
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "bench-stop-services"));
        system.startAll();
        return system;
    }

    private void startAll() {
        Map<String, String> environment = new HashMap<>(Map.of(
            "SURVEY_SERVICE_PORT", String.valueOf(survey.port),
            "COMPLAINT_SERVICE_PORT", String.valueOf(complaint.port),
            "GATEWAY_PORT", String.valueOf(gateway.port),
            "BORGERSTEMME_SURVEY_URL", "http://localhost:" + survey.port,
            "BORGERSTEMME_COMPLAINT_URL", "http://localhost:" + complaint.port,
            "BORGERSTEMME_GATEWAY_URL", "http://localhost:" + gateway.port,
            "BORGERSTEMME_DATA_DIR", data.toAbsolutePath().toString(),
            "MICRONAUT_ENVIRONMENTS", "demo"));
        // The complaint form refuses a form sent sooner than a person fills it in (4 s); virtual users
        // send at once, so the run sets it to 0. The honeypot stays on: they send it empty, as a browser does.
        environment.put("BORGERSTEMME_COMPLAINT_INTAKE_MINIMUM_FILL_TIME", "0s");
        // Every virtual user comes from this one address, which the gateway's per-address limits on public
        // form posts would soon refuse; the run measures the services, so the limits are off.
        environment.put("BORGERSTEMME_RATE_LIMIT_ENABLED", "false");
        if (settings.runs("reports")) {
            // The scale units must be units the catalogue knows, or the portal could not place them in areas.
            environment.put("BORGERSTEMME_CATALOGUE_DIR", BenchCatalogue.write(root, data, settings.scaleUnits()).toAbsolutePath().toString());
        }
        environment.putAll(BenchEnvironment.forServices());
        environment.remove("DATASOURCES_DEFAULT_URL");
        start(survey, withDatabase(environment, "bench_survey"));
        start(complaint, withDatabase(environment, "bench_complaint"));
        start(gateway, environment);
    }

    private void start(ServiceProcess service, Map<String, String> environment) {
        System.out.printf("Starting %s on port %d …%n", service.name, service.port);
        service.start(data, environment, settings.javaOptionsFor(service.name));
        service.awaitReady(START_UP);
        System.out.printf("  %s ready after %d ms%n", service.name, service.readyAfterMillis());
    }

    /** With an external server, each data service gets a fresh schema of its own there. */
    private Map<String, String> withDatabase(Map<String, String> environment, String schema) {
        Settings.ExternalDatabase external = settings.externalDatabase();
        if (external == null) {
            return environment;
        }
        try (Connection connection = DriverManager.getConnection(external.serverUrl() + JDBC_OPTIONS, external.username(), external.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + schema + " on " + external.serverUrl(), e);
        }
        Map<String, String> withUrl = new HashMap<>(environment);
        withUrl.put("DATASOURCES_DEFAULT_URL", external.serverUrl() + schema + JDBC_OPTIONS);
        withUrl.put("DATASOURCES_DEFAULT_USERNAME", external.username());
        withUrl.put("DATASOURCES_DEFAULT_PASSWORD", external.password());
        return withUrl;
    }

    /** A JDBC connection to the survey service's database, embedded or external. */
    Connection surveyDatabase() throws SQLException {
        return database(survey, "survey", "bench_survey");
    }

    Connection complaintDatabase() throws SQLException {
        return database(complaint, "complaint", "bench_complaint");
    }

    String surveyDatabaseUrl() {
        return databaseUrl(survey, "survey", "bench_survey");
    }

    private Connection database(ServiceProcess service, String embeddedSchema, String externalSchema) throws SQLException {
        Settings.ExternalDatabase external = settings.externalDatabase();
        String url = databaseUrl(service, embeddedSchema, externalSchema);
        return external == null ? DriverManager.getConnection(url, "root", "")
            : DriverManager.getConnection(url, external.username(), external.password());
    }

    private String databaseUrl(ServiceProcess service, String embeddedSchema, String externalSchema) {
        Settings.ExternalDatabase external = settings.externalDatabase();
        if (external != null) {
            return external.serverUrl() + externalSchema + JDBC_OPTIONS;
        }
        int port = service.embeddedDatabasePort()
            .orElseThrow(() -> new IllegalStateException("No embedded database found under " + service.name));
        return "jdbc:mysql://127.0.0.1:" + port + "/" + embeddedSchema + JDBC_OPTIONS;
    }

    URI gatewayUrl() {
        return URI.create("http://localhost:" + gateway.port);
    }

    List<ServiceProcess> services() {
        return List.of(survey, complaint, gateway);
    }

    /** CPU seconds used so far by each process of the system: each service, and each embedded database on its own. */
    Map<String, Double> cpuSecondsByProcess() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (ServiceProcess service : services()) {
            double withDatabase = ProcessMeter.cpuSeconds(service.handle());
            double database = service.embeddedDatabase().map(ProcessMeter::cpuSeconds).orElse(0.0);
            cpu.put(service.name, withDatabase - database);
            service.embeddedDatabase().ifPresent(db -> cpu.put(service.name + " database", database));
        }
        return cpu;
    }

    /** Resident memory now, per service process and per embedded database, in MB. */
    Map<String, Double> rss() {
        Map<String, Double> rss = new LinkedHashMap<>();
        for (ServiceProcess service : services()) {
            rss.put(service.name, ProcessMeter.rssMegabytes(service.handle().pid()));
            service.embeddedDatabase().ifPresent(db -> rss.put(service.name + " database", ProcessMeter.rssMegabytes(db.pid())));
        }
        return rss;
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        System.out.println("Stopping the services …");
        gateway.stop();
        complaint.stop();
        survey.stop();
    }

    private static Path jar(Path root, String service) {
        Path jar = root.resolve(service).resolve("target").resolve(service + "-" + VERSION + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build with ./mvnw -B -q package -DskipTests");
        }
        return jar;
    }

    /**
     * Free ports below the kernel's ephemeral range (32768 and up), where the embedded databases
     * and every outgoing connection take theirs: a port chosen there could be taken again before
     * the service binds it.
     */
    private static int[] freePorts(int count) {
        int[] ports = new int[count];
        int candidate = 20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(10000);
        for (int i = 0; i < count; candidate++) {
            try (ServerSocket socket = new ServerSocket(candidate)) {
                ports[i++] = socket.getLocalPort();
            } catch (IOException e) {
                // taken; try the next
            }
        }
        return ports;
    }
}
