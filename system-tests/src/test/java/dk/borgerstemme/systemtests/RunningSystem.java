package dk.borgerstemme.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole system as a citizen or staff member meets it: the survey service, the complaint service
 * and the gateway in front of them, each its own process with its own fresh data.
 */
final class RunningSystem implements AutoCloseable {

    static final Duration START_UP = Duration.ofSeconds(120);
    static final Duration KIOSK_IDLE = Duration.ofSeconds(4);

    private final ServiceProcess surveyService;
    private final ServiceProcess complaintService;
    private final ServiceProcess gateway;
    private final Path data;
    private final AtomicInteger codesHandedOut = new AtomicInteger();
    private boolean closed;

    private RunningSystem(ServiceProcess surveyService, ServiceProcess complaintService, ServiceProcess gateway, Path data) {
        this.surveyService = surveyService;
        this.complaintService = complaintService;
        this.gateway = gateway;
        this.data = data;
    }

    static RunningSystem start(Workspace workspace) {
        Path surveyJar = workspace.packagedJar("survey-service");
        Path complaintJar = workspace.packagedJar("complaint-service");
        Path gatewayJar = workspace.packagedJar("gateway");

        String run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
            + "-" + ProcessHandle.current().pid();
        // Never under java.io.tmpdir: the embedded database wipes data directories there at start.
        Path data = workspace.target().resolve("system-test-data").resolve(run);
        Path logs = workspace.target().resolve("system-test-logs").resolve(run);

        int[] ports = FreePorts.take(3);
        int surveyPort = ports[0];
        int complaintPort = ports[1];
        int gatewayPort = ports[2];
        Map<String, String> environment = new HashMap<>(Map.of(
            "SURVEY_SERVICE_PORT", String.valueOf(surveyPort),
            "COMPLAINT_SERVICE_PORT", String.valueOf(complaintPort),
            "GATEWAY_PORT", String.valueOf(gatewayPort),
            "BORGERSTEMME_SURVEY_URL", "http://localhost:" + surveyPort,
            "BORGERSTEMME_COMPLAINT_URL", "http://localhost:" + complaintPort,
            "BORGERSTEMME_GATEWAY_URL", "http://localhost:" + gatewayPort,
            // The address printed in invitation letters and their QR codes.
            "BORGERSTEMME_PUBLIC_URL", "http://localhost:" + gatewayPort,
            "MICRONAUT_ENVIRONMENTS", "demo",
            // Short, so a test can watch a kiosk tablet clear itself.
            "BORGERSTEMME_KIOSK_IDLE_SECONDS", String.valueOf(KIOSK_IDLE.toSeconds())));
        // Every browser of the suite comes from one address: the gateway's rate limits stay on, but far
        // above what the tests send (the limits themselves are tested in the gateway's own tests).
        environment.putAll(Map.of(
            "BORGERSTEMME_RATE_LIMIT_COMPLAINT_INTAKE", "10000",
            "BORGERSTEMME_RATE_LIMIT_COMPLAINT_STATUS", "10000",
            "BORGERSTEMME_RATE_LIMIT_SURVEY", "100000",
            "BORGERSTEMME_RATE_LIMIT_SIGN_IN", "10000"));

        RunningSystem system = new RunningSystem(
            service("survey-service", surveyJar, surveyPort, data, logs, environment),
            service("complaint-service", complaintJar, complaintPort, data, logs, environment),
            service("gateway", gatewayJar, gatewayPort, data, logs, environment),
            data);
        try {
            system.startAll();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private static ServiceProcess service(String name, Path jar, int port, Path data, Path logs, Map<String, String> environment) {
        Path dataDir = data.resolve(name);
        Map<String, String> withDataDir = new HashMap<>(environment);
        withDataDir.put("BORGERSTEMME_DATA_DIR", dataDir.toString());
        return new ServiceProcess(name, jar, port, dataDir, logs.resolve(name + ".log"), withDataDir);
    }

    private void startAll() {
        // The data services first, as run.sh does; the gateway needs nothing from them to start.
        surveyService.start();
        complaintService.start();
        gateway.start();
        ServiceProcess.awaitReady(all(), START_UP);
    }

    /**
     * A fresh invitation code of the demo wave the survey service seeds on its first start; each call
     * gives another, so no two tests answer with the same code.
     */
    String nextDemoInvitationCode(String organisation) {
        return demoFile("demo-invitation-codes.txt", organisation).get(codesHandedOut.getAndIncrement());
    }

    /** The unit a demo invitation code was made for, as the survey service's demo codes file lists it. */
    String unitOfDemoInvitationCode(String organisation, String code) {
        try {
            return Files.readAllLines(data.resolve("survey-service").resolve("survey-service").resolve("demo-invitation-codes.txt")).stream()
                .map(line -> line.split("\t")).filter(fields -> fields[0].equals(organisation) && fields[2].equals(code))
                .map(fields -> fields[1]).findFirst().orElseThrow(() -> new IllegalArgumentException("Not a demo code: " + code));
        } catch (IOException e) {
            throw new UncheckedIOException("The survey service wrote no demo-invitation-codes.txt", e);
        }
    }

    /** The demo kiosk link (a path) of the organisation's first unit. */
    String demoKioskLink(String organisation) {
        return demoFile("demo-kiosk-links.txt", organisation).get(0);
    }

    private List<String> demoFile(String name, String organisation) {
        try {
            return Files.readAllLines(data.resolve("survey-service").resolve("survey-service").resolve(name)).stream()
                .filter(line -> line.startsWith(organisation + "\t")).map(line -> line.split("\t")[2]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The survey service wrote no " + name, e);
        }
    }

    /**
     * Where the complaint service writes the e-mails it "sends" in the demo environment: one {@code .eml}
     * file each under its data directory ({@code borgerstemme.mail.directory}).
     */
    Path complaintMailDirectory() {
        return data.resolve("complaint-service").resolve("complaint-service").resolve("mail");
    }

    URI gatewayUrl() {
        return gateway.url();
    }

    ServiceProcess surveyService() {
        return surveyService;
    }

    private List<ServiceProcess> all() {
        return List.of(surveyService, complaintService, gateway);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // In parallel, so a service that is slow to stop does not hold up the others.
        CompletableFuture.allOf(all().stream()
                .map(service -> CompletableFuture.runAsync(service::stop))
                .toArray(CompletableFuture[]::new))
            .join();
        // Each run starts from fresh data, so a finished run's databases are only taking up space;
        // the logs stay.
        Directories.delete(data);
    }
}
