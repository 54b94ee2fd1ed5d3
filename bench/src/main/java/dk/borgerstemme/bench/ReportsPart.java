package dk.borgerstemme.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part 4: reports at scale. Seeds the survey responses (1,000,000 over 4 waves and 50 units by default)
 * and the complaint cases (100,000 over 3 years), then times what staff read through the gateway, signed
 * in as the demo analyst: the portal's dashboard (as it opens, and filtered to an area), the drill-down of
 * a measurement point for one unit, the half-year status page and its PDF, and below them the services'
 * APIs the pages are made of. Each is requested once cold (the first request after seeding, with nothing
 * cached) and then warm samples, p50 and p95. A page is only counted as answered when it holds every
 * figure: the portal renders a page without the figures of a service that did not answer in time, and
 * says so, which the benchmark looks for.
 */
final class ReportsPart {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]+method=\"post\"[^>]*action=\"([^\"]+)\"");
    /** The portal's Danish notices that a service's figures are missing (bundle insight_da). */
    private static final List<String> MISSING = List.of("Tal kunne ikke hentes", "har ikke disse tal", "giver endnu ikke tal");
    static final String SURVEY_POINT = "god-servicekultur";
    static final String COMPLAINT_POINT = "opfoelgning-paa-klager";
    static final String AREA = "handicap";
    private static final Duration UNTIL_COMPLETE = Duration.ofMinutes(10);

    private final Settings settings;
    private final SystemUnderTest system;

    ReportsPart(Settings settings, SystemUnderTest system, Path work) {
        this.settings = settings;
        this.system = system;
    }

    void run(Results results) throws Exception {
        System.out.printf("Seeding %d survey responses over %d waves and %d units …%n",
            settings.scaleResponses(), settings.scaleWaves(), settings.scaleUnits());
        SurveyDatabase database = new SurveyDatabase(system);
        ScaleSeed.Seeded seeded = new ScaleSeed(system).seed(database.demoWave().id(), settings.scaleWaves(), settings.scaleUnits(),
            settings.scaleResponses());
        System.out.printf("  seeded %d responses, %d answers and %d codes in %.1f s (%.0f rows/s)%n",
            seeded.responses(), seeded.answers(), seeded.invitations(), seeded.seconds(), seeded.rowsPerSecond());
        System.out.printf("Seeding %d complaint cases over %d years …%n", settings.scaleComplaints(), settings.scaleYears());
        ComplaintSeed.Seeded cases = new ComplaintSeed(system).seed(seeded.units(), settings.scaleComplaints(), settings.scaleYears());
        System.out.printf("  seeded %d cases, %d tracks, %d deadlines and %d actions in %.1f s (%.0f rows/s)%n",
            cases.cases(), cases.tracks(), cases.deadlines(), cases.actions(), cases.seconds(), cases.rowsPerSecond());

        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        signIn(client, "bo", "borgerstemme");

        String org = SurveyDatabase.ORGANISATION;
        String unit = seeded.units().get(0);
        String portal = "/o/" + org + "/indsigt";
        long latest = seeded.waves().get(seeded.waves().size() - 1);
        String api = "/api/surveys/" + org + "/waves/" + latest + "/results";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", portal);
        pages.put("dashboard, one area", portal + "?area=" + AREA);
        pages.put("drill-down: survey point, one unit", portal + "/punkt/" + SURVEY_POINT + "?unit=" + unit);
        pages.put("drill-down: complaint point, one unit", portal + "/punkt/" + COMPLAINT_POINT + "?unit=" + unit);
        LocalDate today = LocalDate.now();
        String halfYear = today.getYear() + "H" + (today.getMonthValue() <= 6 ? 1 : 2);
        pages.put("half-year page", portal + "/halvaar/" + halfYear);
        pages.put("half-year PDF", portal + "/halvaar/" + halfYear + "/status.pdf");
        pages.put("API: survey results by area", api + "?by=area");
        pages.put("API: survey results of one unit", api + "?by=unit&unit=" + unit);
        pages.put("API: survey results by unit, role", api + "?by=unit,role");
        pages.put("API: complaint figures by unit", "/api/complaints/" + org + "/figures?period=" + halfYear + "&by=unit&lang=da");

        List<List<Object>> rows = new ArrayList<>();
        Map<String, Object> timings = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Map<String, Object> figures = time(client, page.getValue());
            timings.put(page.getKey(), figures);
            rows.add(List.of(page.getKey(), figures.get("status"), figures.get("coldMs"), figures.get("coldComplete"),
                figures.get("completeAfterSeconds"), figures.get("p50Ms"), figures.get("p95Ms"), figures.get("warmComplete"), figures.get("bytes")));
            System.out.printf("  %s: cold %.0f ms (complete: %s, after %s s), warm p50 %.0f ms, p95 %.0f ms (complete: %s)%n", page.getKey(),
                (Double) figures.get("coldMs"), figures.get("coldComplete"), figures.get("completeAfterSeconds"), (Double) figures.get("p50Ms"),
                (Double) figures.get("p95Ms"), figures.get("warmComplete"));
        }
        results.heading("Reports at scale");
        results.paragraph(String.format("Seeded %,d responses (%,d answers) and %,d codes over %d waves and %d units in %.1f s "
                + "(%,.0f rows/s, multi-row INSERTs); the latest wave (%,d responses) opens today and is the one the dashboard shows. "
                + "Seeded %,d complaint cases (%,d tracks, %,d deadlines, %,d actions) received %s – %s in %.1f s (%,.0f rows/s). "
                + "Signed in as the demo analyst; cold is the first request after seeding; when it was not complete it is repeated every "
                + "second until it is (complete after: seconds from the cold request); warm is %d requests after that, one at a time. "
                + "Complete: the page holds every service's figures (the portal says so when a service did not answer in time).",
            seeded.responses(), seeded.answers(), seeded.invitations(), seeded.waves().size(), seeded.units().size(), seeded.seconds(),
            seeded.rowsPerSecond(), seeded.responses() / seeded.waves().size(), cases.cases(), cases.tracks(), cases.deadlines(),
            cases.actions(), cases.from(), cases.to(), cases.seconds(), cases.rowsPerSecond(), settings.reportWarmSamples()));
        results.table(List.of("page", "status", "cold ms", "cold complete", "complete after s", "warm p50 ms", "warm p95 ms",
            "warm complete", "bytes"), rows);
        results.paragraph("Targets: dashboard and drill-down p95 ≤ 300 ms, half-year page ≤ 1 s, PDF ≤ 3 s.");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seed", Map.of("responses", seeded.responses(), "answers", seeded.answers(), "invitations", seeded.invitations(),
            "waves", seeded.waves(), "units", seeded.units().size(), "seconds", seeded.seconds(), "rowsPerSecond", seeded.rowsPerSecond()));
        json.put("complaintSeed", Map.of("cases", cases.cases(), "tracks", cases.tracks(), "deadlines", cases.deadlines(),
            "actions", cases.actions(), "from", cases.from().toString(), "to", cases.to().toString(), "seconds", cases.seconds(),
            "rowsPerSecond", cases.rowsPerSecond()));
        json.put("timings", timings);
        json.put("targets", Map.of("dashboardAndDrillDownP95Ms", 300, "halfYearPageMs", 1000, "halfYearPdfMs", 3000));
        results.put("reports", json);
    }

    private HttpRequest.Builder request(String path) {
        String accept = path.contains("/api/") ? "application/json" : path.endsWith(".pdf") ? "application/pdf" : "text/html";
        return HttpRequest.newBuilder(system.gatewayUrl().resolve(path)).timeout(Duration.ofMinutes(5))
            .header("Accept", accept).header("Accept-Language", "da").GET();
    }

    /**
     * The cold request, then (when it was not complete) the same request every second until it is, since a
     * service goes on computing what a timed-out call asked for; then the warm samples.
     */
    private Map<String, Object> time(HttpClient client, String path) throws IOException, InterruptedException {
        HttpRequest request = request(path).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> cold = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double coldMs = (System.nanoTime() - start) / 1e6;
        boolean coldComplete = complete(cold);
        double completeAfterMs = coldComplete ? coldMs : -1;
        while (completeAfterMs < 0 && System.nanoTime() - start < UNTIL_COMPLETE.toNanos()) {
            Thread.sleep(1000);
            if (complete(client.send(request, HttpResponse.BodyHandlers.ofByteArray()))) {
                completeAfterMs = (System.nanoTime() - start) / 1e6;
            }
        }
        boolean warmComplete = true;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < settings.reportWarmSamples(); i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            warm.add((System.nanoTime() - t) / 1e6);
            warmComplete &= complete(response);
        }
        warm.sort(null);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("path", path);
        figures.put("status", cold.statusCode());
        figures.put("bytes", cold.body().length);
        figures.put("coldMs", coldMs);
        figures.put("coldComplete", coldComplete ? "yes" : "NO");
        figures.put("completeAfterSeconds", completeAfterMs < 0 ? "never" : String.format(java.util.Locale.ROOT, "%.1f", completeAfterMs / 1000));
        figures.put("p50Ms", percentile(warm, 0.50));
        figures.put("p95Ms", percentile(warm, 0.95));
        figures.put("maxMs", warm.isEmpty() ? 0 : warm.get(warm.size() - 1));
        figures.put("warmComplete", warmComplete ? "yes" : "NO");
        figures.put("samples", warm.size());
        return figures;
    }

    private static boolean complete(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return false;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/html")) {
            return true;
        }
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        return MISSING.stream().noneMatch(body::contains);
    }

    private void signIn(HttpClient client, String username, String password) throws IOException, InterruptedException {
        URI login = system.gatewayUrl().resolve("/login");
        String page = client.send(HttpRequest.newBuilder(login).header("Accept", "text/html").GET().build(),
            HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = FORM_ACTION.matcher(page);
        if (!action.find()) {
            throw new IllegalStateException("No sign-in form at " + login);
        }
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(login.resolve(action.group(1).replace("&amp;", "&")))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "null")
            .POST(HttpRequest.BodyPublishers.ofString("returnTo=&username=" + username + "&password=" + password)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("Signing in as " + username + " gave " + signedIn.statusCode());
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
