package dk.borgerstemme.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One packaged service started as its own process, the way run.sh starts it. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern STARTUP_COMPLETED = Pattern.compile("Startup completed in (\\d+)ms");
    private static final Pattern FIRST_TIMESTAMP = Pattern.compile("\"timestamp\":(\\d+)");

    final String name;
    final int port;
    private final Path jar;
    private final Path logFile;
    private Process process;
    private long startedAtMillis;
    private long readyAfterMillis = -1;

    ServiceProcess(String name, Path jar, int port, Path logFile) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.logFile = logFile;
    }

    void start(Path workingDirectory, Map<String, String> environment, String javaOptions) {
        try {
            Path temporaryFiles = Files.createDirectories(workingDirectory.resolve("tmp").resolve(name));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String option : javaOptions.trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    command.add(option);
                }
            }
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            // A private TMPDIR, as run.sh gives: two embedded MariaDB installs in one /tmp have removed each other's files.
            builder.environment().put("TMPDIR", temporaryFiles.toString());
            startedAtMillis = System.currentTimeMillis();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits for the readiness endpoint to answer 200 and remembers how long that took from the process start. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see " + logFile);
            }
            if (ready()) {
                readyAfterMillis = System.currentTimeMillis() - startedAtMillis;
                return;
            }
            pause(50);
        }
        throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s; see " + logFile);
    }

    private boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/readiness"))
                .timeout(Duration.ofSeconds(2)).header("Accept", "application/json").build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    long readyAfterMillis() {
        return readyAfterMillis;
    }

    /** Micronaut's own "Startup completed in" figure: the application context, without JVM or embedded database start. */
    Optional<Long> micronautStartupMillis() {
        return logMatch(STARTUP_COMPLETED).map(Long::valueOf);
    }

    /**
     * Milliseconds from the process start to the application's first log line. The data services
     * start their embedded database before the application logs anything, so this is the JVM start
     * plus the database start.
     */
    Optional<Long> beforeFirstLogLineMillis() {
        return logMatch(FIRST_TIMESTAMP).map(Long::valueOf).map(timestamp -> timestamp - startedAtMillis);
    }

    private Optional<String> logMatch(Pattern pattern) {
        try {
            Matcher matcher = pattern.matcher(Files.readString(logFile));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** The embedded database's JDBC port, from its server's command line; empty with an external database. */
    Optional<Integer> embeddedDatabasePort() {
        for (ProcessHandle child : process.descendants().toList()) {
            List<String> arguments = ProcessMeter.commandLine(child.pid());
            boolean database = arguments.stream().anyMatch(a -> a.endsWith("mysqld") || a.endsWith("mariadbd"));
            for (String argument : arguments) {
                if (database && argument.startsWith("--port=")) {
                    return Optional.of(Integer.valueOf(argument.substring("--port=".length())));
                }
            }
        }
        return Optional.empty();
    }

    Optional<ProcessHandle> embeddedDatabase() {
        return process.descendants().filter(child -> ProcessMeter.commandLine(child.pid()).stream()
            .anyMatch(a -> a.endsWith("mysqld") || a.endsWith("mariadbd"))).findFirst();
    }

    /** TERM first, so the service stops its embedded database; whatever is left after the grace period is killed. */
    void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        process = null;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
