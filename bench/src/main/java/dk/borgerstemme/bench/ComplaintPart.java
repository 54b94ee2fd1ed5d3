package dk.borgerstemme.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 3: anonymous complaints through the gateway at each concurrency (form load + submit). The
 * form's minimum fill time is set to 0 for the run (bench/run passes
 * BORGERSTEMME_COMPLAINT_INTAKE_MINIMUM_FILL_TIME=0s to the services); the honeypot is sent empty,
 * as a browser sends it.
 */
final class ComplaintPart {

    private final Settings settings;
    private final SystemUnderTest system;
    private final GatlingRunner gatling;

    ComplaintPart(Settings settings, SystemUnderTest system, Path gatlingResults) {
        this.settings = settings;
        this.system = system;
        this.gatling = new GatlingRunner(gatlingResults);
    }

    void run(Results results) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> latencyRows = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        for (int concurrency : settings.complaintConcurrency()) {
            if (!settings.warmUp().isZero()) {
                System.out.printf("Complaints, %d users: warm-up %d s%n", concurrency, settings.warmUp().toSeconds());
                gatling.run(ComplaintIntake.class, step(concurrency, settings.warmUp()), "warm-up complaints " + concurrency);
            }
            System.out.printf("Complaints, %d users: measuring %d s%n", concurrency, settings.duration().toSeconds());
            LoadStep step = step(concurrency, settings.duration());
            long casesBefore = cases();
            Map<String, Double> cpuBefore = system.cpuSecondsByProcess();
            GatlingRunner.Report report = gatling.run(ComplaintIntake.class, step, "complaints " + concurrency);
            long accepted = step.acceptedCount();
            CpuSplit cpu = CpuSplit.between(cpuBefore, system.cpuSecondsByProcess(), accepted);
            long rowsAdded = cases() - casesBefore;
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("accepted", accepted);
            figures.put("elapsedSeconds", step.elapsedSeconds());
            figures.put("complaintsPerSecond", accepted / step.elapsedSeconds());
            figures.put("errors", report.requests().get("all").ko());
            figures.put("cpuMsPerComplaint", cpu.millisecondsPerItem());
            figures.put("cpuMsPerComplaintByProcess", cpu.millisecondsPerItemByProcess());
            figures.put("caseRows", rowsAdded);
            figures.put("caseRowsMatch", rowsAdded == accepted ? "yes (" + rowsAdded + ")" : "NO: " + rowsAdded + " rows, " + accepted + " accepted");
            Map<String, Object> requests = new LinkedHashMap<>();
            report.requests().forEach((name, request) -> {
                requests.put(name, request.asMap());
                latencyRows.add(List.of(concurrency, name, request.count(), request.ko(), request.p50(), request.p95(), request.p99()));
            });
            figures.put("requests", requests);
            figures.put("gatlingReport", report.directoryInRun());
            json.put(String.valueOf(concurrency), figures);
            rows.add(List.of(concurrency, figures.get("complaintsPerSecond"), accepted, figures.get("errors"),
                figures.get("cpuMsPerComplaint"), cpu.describe(), figures.get("caseRowsMatch")));
            System.out.printf("  %.1f complaints/s, %s errors, case rows %s%n", (Double) figures.get("complaintsPerSecond"),
                figures.get("errors"), figures.get("caseRowsMatch"));
        }
        results.heading("Complaint intake through the gateway");
        results.paragraph("Closed loop: each virtual user loads the complaint form and sends an anonymous complaint; the receipt "
            + "with its reference is the answer to the post. Minimum fill time 0 s for the run, honeypot sent empty.");
        results.table(List.of("users", "complaints/s", "accepted", "errors", "CPU ms/complaint", "of which, ms", "case rows = accepted"), rows);
        results.table(List.of("users", "request", "count", "errors", "p50 ms", "p95 ms", "p99 ms"), latencyRows);
        results.put("complaints", json);
    }

    private LoadStep step(int concurrency, java.time.Duration duration) {
        return new LoadStep(system.gatewayUrl(), concurrency, duration, "complaints", settings.fetchAssets(), List.of());
    }

    private long cases() throws SQLException {
        try (Connection connection = system.complaintDatabase();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM complaint_case")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
