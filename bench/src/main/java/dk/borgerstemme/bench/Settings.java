package dk.borgerstemme.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a benchmark run does, from environment variables; every default is the figure issue 7 asks
 * for, so a run without any variable is the full benchmark. Short runs for trying the harness set
 * smaller ones (docs/benchmarks.md).
 */
record Settings(
    Set<String> parts,
    Duration warmUp,
    Duration duration,
    List<Integer> surveyConcurrency,
    List<Integer> complaintConcurrency,
    int maxRespondentsPerSecond,
    boolean fetchAssets,
    String serviceJavaOptions,
    ExternalDatabase externalDatabase,
    int scaleResponses,
    int scaleWaves,
    int scaleUnits,
    int scaleComplaints,
    int scaleYears,
    int reportWarmSamples) {

    static final List<String> ALL_PARTS = List.of("footprint", "survey", "ceiling", "complaints", "reports");

    /**
     * The JVM options the Helm chart gives every service (JAVA_TOOL_OPTIONS in deploy/helm/borgerstemme/
     * templates/_helpers.tpl, the same in each Dockerfile), used when BENCH_SERVICE_JAVA_OPTS is not set.
     */
    static final String CHART_JVM_OPTIONS = "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC";

    /** Each service's memory limit in the chart's values.yaml; MaxRAM stands in for the container's limit here. */
    static final Map<String, String> CHART_MEMORY_LIMITS = Map.of(
        "survey-service", "768m", "complaint-service", "768m", "gateway", "512m");

    /** An external MySQL server; each service gets its own schema on it. Null: the embedded database. */
    record ExternalDatabase(String serverUrl, String username, String password) {
    }

    static Settings from(Map<String, String> env) {
        String url = env.getOrDefault("DATASOURCES_DEFAULT_URL", "");
        ExternalDatabase external = url.isBlank() ? null : new ExternalDatabase(serverPart(url),
            env.getOrDefault("DATASOURCES_DEFAULT_USERNAME", "root"), env.getOrDefault("DATASOURCES_DEFAULT_PASSWORD", ""));
        return new Settings(
            Set.copyOf(list(env.getOrDefault("BENCH_PARTS", String.join(",", ALL_PARTS)))),
            Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_WARMUP_SECONDS", "10"))),
            Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_DURATION_SECONDS", "30"))),
            numbers(env.getOrDefault("BENCH_CONCURRENCY", "1,8,32,64")),
            numbers(env.getOrDefault("BENCH_COMPLAINT_CONCURRENCY", "8,32")),
            Integer.parseInt(env.getOrDefault("BENCH_MAX_RATE", "3000")),
            Boolean.parseBoolean(env.getOrDefault("BENCH_FETCH_ASSETS", "false")),
            env.getOrDefault("BENCH_SERVICE_JAVA_OPTS", ""),
            external,
            Integer.parseInt(env.getOrDefault("BENCH_SCALE_RESPONSES", "1000000")),
            Integer.parseInt(env.getOrDefault("BENCH_SCALE_WAVES", "4")),
            Integer.parseInt(env.getOrDefault("BENCH_SCALE_UNITS", "50")),
            Integer.parseInt(env.getOrDefault("BENCH_SCALE_COMPLAINTS", "100000")),
            Integer.parseInt(env.getOrDefault("BENCH_SCALE_YEARS", "3")),
            Integer.parseInt(env.getOrDefault("BENCH_REPORT_SAMPLES", "20")));
    }

    /** The JVM options of one service: BENCH_SERVICE_JAVA_OPTS when given, otherwise the chart's, with its memory limit. */
    String javaOptionsFor(String service) {
        if (!serviceJavaOptions.isBlank()) {
            return serviceJavaOptions;
        }
        return "-XX:MaxRAM=" + CHART_MEMORY_LIMITS.getOrDefault(service, "768m") + " " + CHART_JVM_OPTIONS;
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    /** Fresh codes one load step may need: the highest rate we plan for, over warm-up and measurement. */
    int codesPerStep(Duration length) {
        return (int) Math.max(1000, maxRespondentsPerSecond * (length.toSeconds() + 5));
    }

    Map<String, Object> describe() {
        return Map.ofEntries(
            Map.entry("parts", ALL_PARTS.stream().filter(parts::contains).toList()),
            Map.entry("warmUpSeconds", warmUp.toSeconds()),
            Map.entry("durationSeconds", duration.toSeconds()),
            Map.entry("surveyConcurrency", surveyConcurrency),
            Map.entry("complaintConcurrency", complaintConcurrency),
            Map.entry("maxRespondentsPerSecond", maxRespondentsPerSecond),
            Map.entry("fetchAssets", fetchAssets),
            Map.entry("serviceJavaOptions", serviceJavaOptions.isBlank()
                ? "as the Helm chart: " + CHART_JVM_OPTIONS + ", -XX:MaxRAM = the chart's memory limit (" + CHART_MEMORY_LIMITS + ")"
                : serviceJavaOptions),
            Map.entry("database", externalDatabase == null ? "embedded MariaDB (one per data service)" : "external " + externalDatabase.serverUrl()),
            Map.entry("scale", Map.of("responses", scaleResponses, "waves", scaleWaves, "units", scaleUnits,
                "complaints", scaleComplaints, "years", scaleYears, "warmSamples", reportWarmSamples)));
    }

    /** {@code jdbc:mysql://host:3306/anything?x} → {@code jdbc:mysql://host:3306/}: the schema is ours to choose. */
    static String serverPart(String url) {
        int hostStart = url.indexOf("//");
        int slash = url.indexOf('/', hostStart + 2);
        return slash < 0 ? url + "/" : url.substring(0, slash + 1);
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    private static List<Integer> numbers(String text) {
        return list(text).stream().map(Integer::valueOf).toList();
    }
}
