package dk.borgerstemme.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One packaged service running as its own operating-system process, as in production. */
final class ServiceProcess {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);
    private static final int LOG_LINES_IN_FAILURES = 60;

    private final String name;
    private final Path jar;
    private final int port;
    private final Path dataDir;
    private final Path logFile;
    private final Map<String, String> environment;
    private Process process;

    ServiceProcess(String name, Path jar, int port, Path dataDir, Path logFile, Map<String, String> environment) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.environment = Map.copyOf(environment);
    }

    URI url() {
        return URI.create("http://localhost:" + port);
    }

    synchronized void start() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Path temporaryFiles = Files.createDirectories(dataDir.resolve("tmp"));
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                "-jar", jar.toString())
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                // Appending keeps the log of an earlier run when a test restarts the service.
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            // The embedded database's installer keeps temporary tables in $TMPDIR; in a shared /tmp,
            // two MariaDB installs starting together have removed each other's files.
            builder.environment().put("TMPDIR", temporaryFiles.toString());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " from " + jar, e);
        }
    }

    private synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Waits until every one of {@code services} says it is ready, failing as soon as one of them
     * dies on the way, with the end of its log.
     */
    static void awaitReady(List<ServiceProcess> services, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (true) {
            for (ServiceProcess service : waiting) {
                service.failIfStopped();
            }
            waiting.removeIf(ServiceProcess::isReady);
            if (waiting.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                ServiceProcess late = waiting.get(0);
                throw new IllegalStateException(late.name + " was not ready at " + late.readiness()
                    + " after " + timeout.toSeconds() + " s. " + late.logExcerpt());
            }
            pause(Duration.ofMillis(250));
        }
    }

    void awaitReady(Duration timeout) {
        awaitReady(List.of(this), timeout);
    }

    private boolean isReady() {
        return PlainHttp.answersOk(readiness());
    }

    private URI readiness() {
        return url().resolve("/health/readiness");
    }

    private void failIfStopped() {
        Process current = currentProcess();
        if (current == null || !current.isAlive()) {
            throw new IllegalStateException(name + " stopped during start-up"
                + (current == null ? "" : " with exit code " + current.exitValue()) + ". " + logExcerpt());
        }
    }

    /**
     * Stops the service and everything it started. A polite TERM first lets the service stop its
     * embedded database; whatever is still alive after the grace period is killed.
     */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!awaitExit(process.toHandle(), GRACEFUL_STOP)) {
            process.destroyForcibly();
            awaitExit(process.toHandle(), FORCED_STOP);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroy();
                if (!awaitExit(child, GRACEFUL_STOP)) {
                    child.destroyForcibly();
                    awaitExit(child, FORCED_STOP);
                }
            }
        }
        process = null;
    }

    private synchronized Process currentProcess() {
        return process;
    }

    private String logExcerpt() {
        return "The end of its log, " + logFile + ":\n" + lastLinesOfLog();
    }

    private String lastLinesOfLog() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_FAILURES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read the log: " + e.getMessage() + ")";
        }
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        CompletableFuture<ProcessHandle> exit = handle.onExit();
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a service", e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
