package dk.borgerstemme.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 1: survey respondents through the gateway at each concurrency, all questions on one page and
 * then one question per page; a warm-up before every measured step.
 */
final class SurveyPart {

    static final Map<String, String> MODES = Map.of("all", "all questions on one page", "single", "one question per page");

    private final Settings settings;
    private final SystemUnderTest system;
    private final SurveyDatabase database;
    private final GatlingRunner gatling;
    /** Respondents per second with all questions on one page, by concurrency: the ceiling part compares with these. */
    final Map<Integer, Double> allOnOnePageRate = new LinkedHashMap<>();
    final Map<String, Double> peakRss = new LinkedHashMap<>();

    SurveyPart(Settings settings, SystemUnderTest system, SurveyDatabase database, Path gatlingResults) {
        this.settings = settings;
        this.system = system;
        this.database = database;
        this.gatling = new GatlingRunner(gatlingResults);
    }

    void run(Results results) throws SQLException {
        SurveyDatabase.DemoWave wave = database.demoWave();
        Map<String, Object> json = new LinkedHashMap<>();
        results.heading("Survey respondents through the gateway");
        results.paragraph("Closed loop: each virtual user is one respondent with a fresh single-use code (code page, code, "
            + "introduction, answers, review, submit, thanks), and the next starts when one finishes. "
            + settings.duration().toSeconds() + " s per step after a " + settings.warmUp().toSeconds() + " s warm-up. "
            + "CPU is the sum over the three services and their embedded databases; \"of which\" splits it per process. "
            + (settings.fetchAssets() ? "Each respondent also fetches the first page's assets (empty cache)." : "HTML requests only (assets are cached)."));
        for (String mode : List.of("all", "single")) {
            List<List<Object>> rows = new ArrayList<>();
            Map<String, Object> byConcurrency = new LinkedHashMap<>();
            Map<String, Map<String, Object>> latencies = new LinkedHashMap<>();
            for (int concurrency : settings.surveyConcurrency()) {
                Map<String, Object> step = step(wave, mode, concurrency);
                byConcurrency.put(String.valueOf(concurrency), step);
                rows.add(List.of(concurrency, step.get("respondentsPerSecond"), step.get("accepted"), step.get("errors"),
                    step.get("cpuMsPerRespondent"), step.get("cpuSplit"), step.get("p99MsWorstRequest"), step.get("responseRowsMatch")));
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> requests = (Map<String, Map<String, Object>>) step.get("requests");
                requests.forEach((name, figures) -> latencies.put(concurrency + "\t" + name, figures));
                if (mode.equals("all")) {
                    allOnOnePageRate.put(concurrency, (Double) step.get("respondentsPerSecond"));
                }
            }
            json.put(mode, byConcurrency);
            results.paragraph("**" + MODES.get(mode) + "**");
            results.table(List.of("users", "respondents/s", "accepted", "errors", "CPU ms/respondent", "of which, ms", "worst p99 ms",
                "rows = accepted"), rows);
            List<List<Object>> latencyRows = new ArrayList<>();
            latencies.forEach((key, figures) -> {
                String[] parts = key.split("\t");
                latencyRows.add(List.of(parts[0], parts[1], figures.get("count"), figures.get("ko"),
                    figures.get("p50Ms"), figures.get("p95Ms"), figures.get("p99Ms")));
            });
            results.table(List.of("users", "request", "count", "errors", "p50 ms", "p95 ms", "p99 ms"), latencyRows);
        }
        results.put("survey", json);
    }

    private Map<String, Object> step(SurveyDatabase.DemoWave wave, String mode, int concurrency) throws SQLException {
        if (!settings.warmUp().isZero()) {
            System.out.printf("Survey (%s), %d users: warm-up %d s%n", MODES.get(mode), concurrency, settings.warmUp().toSeconds());
            List<String> warmUpCodes = database.seedCodes(wave, settings.codesPerStep(settings.warmUp()));
            gatling.run(SurveyRespondents.class, new LoadStep(system.gatewayUrl(), concurrency, settings.warmUp(), mode,
                settings.fetchAssets(), warmUpCodes), "warm-up " + mode + " " + concurrency);
        }
        int seeded = settings.codesPerStep(settings.duration());
        long seedStart = System.nanoTime();
        List<String> codes = database.seedCodes(wave, seeded);
        System.out.printf("Survey (%s), %d users: %d fresh codes seeded in %.1f s; measuring %d s%n", MODES.get(mode), concurrency,
            seeded, (System.nanoTime() - seedStart) / 1e9, settings.duration().toSeconds());

        LoadStep step = new LoadStep(system.gatewayUrl(), concurrency, settings.duration(), mode, settings.fetchAssets(), codes);
        long responsesBefore = database.responses();
        Map<String, Double> cpuBefore = system.cpuSecondsByProcess();
        GatlingRunner.Report report;
        try (RssSampler rss = new RssSampler(system)) {
            report = gatling.run(SurveyRespondents.class, step, mode + " " + concurrency);
            rss.peak().forEach((process, megabytes) -> peakRss.merge(process, megabytes, Math::max));
        }
        long accepted = step.acceptedCount();
        CpuSplit cpu = CpuSplit.between(cpuBefore, system.cpuSecondsByProcess(), accepted);
        long rows = database.responses() - responsesBefore;

        GatlingRunner.RequestFigures all = report.requests().get("all");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("concurrency", concurrency);
        figures.put("elapsedSeconds", step.elapsedSeconds());
        figures.put("accepted", accepted);
        figures.put("respondentsPerSecond", accepted / step.elapsedSeconds());
        figures.put("errors", all.ko());
        figures.put("requests", requestFigures(report));
        figures.put("p99MsWorstRequest", report.requests().entrySet().stream().filter(e -> !e.getKey().equals("all"))
            .mapToDouble(e -> e.getValue().p99()).max().orElse(0));
        figures.put("cpuSeconds", cpu.totalSeconds());
        figures.put("cpuMsPerRespondent", cpu.millisecondsPerItem());
        figures.put("cpuMsPerRespondentByProcess", cpu.millisecondsPerItemByProcess());
        figures.put("cpuSplit", cpu.describe());
        figures.put("responseRows", rows);
        figures.put("responseRowsMatch", rows == accepted ? "yes (" + rows + ")" : "NO: " + rows + " rows, " + accepted + " accepted");
        figures.put("codesSeeded", seeded);
        figures.put("codesTaken", step.codesTaken());
        if (step.codesTaken() >= seeded) {
            figures.put("warning", "all seeded codes were used: raise BENCH_MAX_RATE");
        }
        figures.put("gatlingReport", report.directoryInRun());
        System.out.printf("  %.1f respondents/s, %d errors, %.2f ms CPU per respondent, response rows %s%n",
            (Double) figures.get("respondentsPerSecond"), all.ko(), (Double) figures.get("cpuMsPerRespondent"), figures.get("responseRowsMatch"));
        return figures;
    }

    private static Map<String, Object> requestFigures(GatlingRunner.Report report) {
        Map<String, Object> requests = new LinkedHashMap<>();
        report.requests().forEach((name, figures) -> requests.put(name, figures.asMap()));
        return requests;
    }

    static Duration total(Settings settings) {
        return settings.warmUp().plus(settings.duration()).multipliedBy(settings.surveyConcurrency().size() * 2L);
    }
}
