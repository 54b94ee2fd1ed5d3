package dk.borgerstemme.bench;

import dk.borgerstemme.survey.definition.ScoredAnswers;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Part 2: the rows of a respondent written straight over JDBC, one transaction per respondent, as
 * {@code Answering.submit} writes them: the code claimed, the response (with its scored answers' copy) and
 * its eleven answers inserted (the answers in one batch), the saved answers deleted. Closed loop at the same
 * concurrencies as the survey, each worker with its own connection: what the database can take at
 * best, to hold the service's throughput against.
 */
final class DatabaseCeiling {

    private static final List<String> SCALE_QUESTIONS = ScaleSeed.SCALE_QUESTIONS;

    private final Settings settings;
    private final SystemUnderTest system;
    private final SurveyDatabase database;

    DatabaseCeiling(Settings settings, SystemUnderTest system, SurveyDatabase database) {
        this.settings = settings;
        this.system = system;
        this.database = database;
    }

    void run(Results results, Map<Integer, Double> serviceRate) throws Exception {
        SurveyDatabase.DemoWave wave = database.demoWave();
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        for (int concurrency : settings.surveyConcurrency()) {
            if (!settings.warmUp().isZero()) {
                measure(wave, concurrency, settings.warmUp());
            }
            Map<String, Object> figures = measure(wave, concurrency, settings.duration());
            Double service = serviceRate.get(concurrency);
            double ceiling = (Double) figures.get("respondentsPerSecond");
            if (service != null && ceiling > 0) {
                figures.put("serviceRespondentsPerSecond", service);
                figures.put("serviceShareOfCeiling", service / ceiling);
            }
            json.put(String.valueOf(concurrency), figures);
            rows.add(List.of(concurrency, ceiling, figures.get("p50Ms"), figures.get("p99Ms"), figures.get("errors"),
                service == null ? "–" : Results.cell(service),
                service == null ? "–" : Results.cell(100 * service / ceiling) + " %"));
            System.out.printf("Database ceiling, %d workers: %.1f respondents/s%s%n", concurrency, ceiling,
                service == null ? "" : String.format(" (service %.1f = %.1f %%)", service, 100 * service / ceiling));
        }
        results.heading("Database ceiling");
        results.paragraph("The same rows over JDBC, one transaction per respondent (claim the code, insert the response, "
            + "insert its 11 answers in one batch, delete the saved answers), one connection per worker, closed loop.");
        results.table(List.of("workers", "ceiling respondents/s", "p50 ms", "p99 ms", "errors", "service respondents/s (all on one page)",
            "service ÷ ceiling"), rows);
        results.put("databaseCeiling", json);
    }

    private Map<String, Object> measure(SurveyDatabase.DemoWave wave, int concurrency, java.time.Duration length) throws Exception {
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        // The database takes respondents several times faster than the service: four times the codes.
        for (String code : database.seedCodes(wave, 4 * settings.codesPerStep(length))) {
            codes.add(code.replace("-", ""));
        }
        long responsesBefore = database.responses();
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean ranOut = new java.util.concurrent.atomic.AtomicBoolean();
        List<long[]> latencies = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(concurrency);
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            long[] mine = new long[1 << 20];
            latencies.add(mine);
            Thread worker = new Thread(() -> {
                try (Connection connection = system.surveyDatabase()) {
                    connection.setAutoCommit(false);
                    Respondent respondent = new Respondent(connection, wave.id());
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String code = codes.poll();
                        if (code == null) {
                            ranOut.set(true);
                            break;
                        }
                        long t = System.nanoTime();
                        try {
                            respondent.submit(code, wave.units().get(ThreadLocalRandom.current().nextInt(wave.units().size())));
                            done.incrementAndGet();
                            if (n < mine.length) {
                                mine[n++] = System.nanoTime() - t;
                            }
                        } catch (SQLException e) {
                            connection.rollback();
                            errors.incrementAndGet();
                        }
                    }
                    mine[mine.length - 1] = n;
                } catch (SQLException e) {
                    errors.incrementAndGet();
                } finally {
                    finished.countDown();
                }
            }, "bench-ceiling-" + i);
            worker.start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> all = new ArrayList<>();
        for (long[] mine : latencies) {
            int n = (int) mine[mine.length - 1];
            for (int i = 0; i < n; i++) {
                all.add(mine[i]);
            }
        }
        all.sort(null);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("respondentsPerSecond", done.get() / elapsed);
        figures.put("respondents", done.get());
        figures.put("errors", errors.get());
        figures.put("p50Ms", percentile(all, 0.50));
        figures.put("p95Ms", percentile(all, 0.95));
        figures.put("p99Ms", percentile(all, 0.99));
        figures.put("responseRowsMatch", database.responses() - responsesBefore == done.get());
        figures.put("elapsedSeconds", elapsed);
        if (ranOut.get()) {
            figures.put("warning", "the seeded codes ran out after " + Math.round(elapsed) + " s: raise BENCH_MAX_RATE");
        }
        return figures;
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** One worker's prepared statements: the respondent's transaction. */
    private static final class Respondent {

        private final Connection connection;
        private final long wave;
        private final PreparedStatement claim;
        private final PreparedStatement response;
        private final PreparedStatement answer;
        private final PreparedStatement forget;

        Respondent(Connection connection, long wave) throws SQLException {
            this.connection = connection;
            this.wave = wave;
            this.claim = connection.prepareStatement("UPDATE invitation SET used = TRUE WHERE code = ? AND used = FALSE");
            this.response = connection.prepareStatement(
                "INSERT INTO response (wave_id, unit, role, answered_how, submitted_on, scored) VALUES (?, ?, 'borger', 'alene', ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
            this.answer = connection.prepareStatement(
                "INSERT INTO answer (response_id, question_key, step, dont_know, choice, text) VALUES (?, ?, ?, FALSE, NULL, ?)");
            this.forget = connection.prepareStatement("DELETE FROM saved_answers WHERE code = ?");
        }

        void submit(String code, String unit) throws SQLException {
            claim.setString(1, code);
            if (claim.executeUpdate() != 1) {
                connection.rollback();
                throw new SQLException("code already used");
            }
            response.setLong(1, wave);
            response.setString(2, unit);
            response.setDate(3, Date.valueOf(LocalDate.now()));
            int[] steps = new int[SCALE_QUESTIONS.size()];
            byte[] scored = new byte[steps.length];
            for (int q = 0; q < steps.length; q++) {
                steps[q] = 1 + ThreadLocalRandom.current().nextInt(5);
                scored[q] = (byte) (ScoredAnswers.FIRST_STEP + steps[q]);
            }
            response.setBytes(4, scored);
            response.executeUpdate();
            long id;
            try (ResultSet keys = response.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            for (int q = 0; q < steps.length; q++) {
                answer.setLong(1, id);
                answer.setString(2, SCALE_QUESTIONS.get(q));
                answer.setInt(3, steps[q]);
                answer.setString(4, null);
                answer.addBatch();
            }
            answer.setLong(1, id);
            answer.setString(2, "andet");
            answer.setNull(3, java.sql.Types.SMALLINT);
            answer.setString(4, "Personalet er søde, og jeg bliver hørt. Tak for hjælpen.");
            answer.addBatch();
            answer.executeBatch();
            forget.setString(1, code);
            forget.executeUpdate();
            connection.commit();
        }
    }
}
