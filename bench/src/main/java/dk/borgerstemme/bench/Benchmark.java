package dk.borgerstemme.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark of issue 7, run by bench/run: starts the packaged services on fresh data, seeds,
 * runs every part the settings name, stops the services, and writes the figures to
 * {@code bench/results/<date>-<commit>.json} and {@code .md}.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        LocalOnly.install();
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String commit = System.getenv().getOrDefault("BENCH_COMMIT", "unknown");
        Settings settings = Settings.from(System.getenv());
        String run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path work = root.resolve("bench").resolve("target").resolve("runs").resolve(run);

        Results results = new Results("Borgerstemme benchmark " + LocalDate.now() + " (commit " + commit + ")");
        results.put("date", LocalDateTime.now().toString());
        results.put("commit", commit);
        results.put("runDirectory", root.relativize(work).toString());
        results.put("settings", settings.describe());
        results.put("machine", machine());
        results.paragraph("Machine: " + machine() + ". Settings: " + settings.describe() + ".");

        try (SystemUnderTest system = SystemUnderTest.start(settings, root, work.resolve("data"))) {
            SurveyDatabase surveyDatabase = new SurveyDatabase(system);
            Footprint footprint = new Footprint(system);
            footprint.measureIdle();
            if (settings.runs("footprint")) {
                footprint.measurePageWeight(surveyDatabase);
            }
            SurveyPart survey = new SurveyPart(settings, system, surveyDatabase, work.resolve("gatling"));
            if (settings.runs("survey")) {
                survey.run(results);
            }
            if (settings.runs("ceiling")) {
                new DatabaseCeiling(settings, system, surveyDatabase).run(results, survey.allOnOnePageRate);
            }
            if (settings.runs("complaints")) {
                new ComplaintPart(settings, system, work.resolve("gatling")).run(results);
            }
            if (settings.runs("reports")) {
                new ReportsPart(settings, system, work).run(results);
            }
            if (settings.runs("footprint")) {
                footprint.report(results, survey.peakRss);
            }
        }

        String name = LocalDate.now() + "-" + commit;
        Path directory = root.resolve("bench").resolve("results");
        results.write(directory.resolve(name + ".json"), directory.resolve(name + ".md"));
        System.out.println();
        System.out.println(results.markdown());
        System.out.println("Figures written to " + directory.resolve(name + ".json") + " and " + directory.resolve(name + ".md"));
        System.out.println("Gatling's HTML reports and the services' logs: " + work);
        // Gatling leaves non-daemon threads behind; the run is over.
        System.exit(0);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }
}
