package dk.borgerstemme.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part 4: reports at scale. Seeds the survey responses (1,000,000 over 4 waves and 50 units by
 * default) and times what staff read through the gateway, signed in as the demo analyst: the first
 * request (cold) and then warm samples, p50 and p95. Today that is the survey results API; the
 * portal's dashboard, drill-down, half-year page and PDF, and the 100,000 complaints they need, are
 * added when the portal lands (docs/benchmarks.md).
 */
final class ReportsPart {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]+method=\"post\"[^>]*action=\"([^\"]+)\"");

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

        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        signIn(client, "bo", "borgerstemme");

        long latest = seeded.waves().get(seeded.waves().size() - 1);
        String api = "/api/surveys/" + SurveyDatabase.ORGANISATION + "/waves/" + latest + "/results";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("survey results by unit (API)", api + "?by=unit");
        pages.put("survey results of one unit (API drill-down)", api + "?by=unit&unit=" + seeded.units().get(0));
        pages.put("survey results by answered-how (API)", api + "?by=answered-how");
        pages.put("survey results as CSV", api + ".csv?by=unit");

        List<List<Object>> rows = new ArrayList<>();
        Map<String, Object> timings = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Map<String, Object> figures = time(client, page.getValue());
            timings.put(page.getKey(), figures);
            rows.add(List.of(page.getKey(), figures.get("status"), figures.get("coldMs"), figures.get("p50Ms"), figures.get("p95Ms"), figures.get("bytes")));
            System.out.printf("  %s: cold %.0f ms, warm p50 %.0f ms, p95 %.0f ms%n", page.getKey(),
                (Double) figures.get("coldMs"), (Double) figures.get("p50Ms"), (Double) figures.get("p95Ms"));
        }
        results.heading("Reports at scale");
        results.paragraph(String.format("Seeded %,d responses (%,d answers) and %,d codes over %d waves and %d units in %.1f s "
                + "(%,.0f rows/s, multi-row INSERTs). Signed in as the demo analyst; cold is the first request after seeding, warm "
                + "is %d requests after it. The wave timed is the latest of the seeded ones (%,d responses).",
            seeded.responses(), seeded.answers(), seeded.invitations(), seeded.waves().size(), seeded.units().size(), seeded.seconds(),
            seeded.rowsPerSecond(), settings.reportWarmSamples(), seeded.responses() / seeded.waves().size()));
        results.table(List.of("page", "status", "cold ms", "warm p50 ms", "warm p95 ms", "bytes"), rows);
        results.paragraph("**Not yet runnable**: the portal's dashboard, unit drill-down, half-year page and PDF (branch `portal`), "
            + "and the 100,000 complaints over 3 years they read, are added when the portal has landed.");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seed", Map.of("responses", seeded.responses(), "answers", seeded.answers(), "invitations", seeded.invitations(),
            "waves", seeded.waves(), "units", seeded.units().size(), "seconds", seeded.seconds(), "rowsPerSecond", seeded.rowsPerSecond()));
        json.put("timings", timings);
        json.put("portal", "not yet runnable: the portal has not landed");
        json.put("complaints", "not yet seeded: the complaint figures the portal reads have not landed");
        results.put("reports", json);
    }

    private Map<String, Object> time(HttpClient client, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(system.gatewayUrl().resolve(path)).timeout(Duration.ofMinutes(5))
            .header("Accept", path.contains(".csv") ? "text/csv" : "application/json").GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> cold = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double coldMs = (System.nanoTime() - start) / 1e6;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < settings.reportWarmSamples(); i++) {
            long t = System.nanoTime();
            client.send(request, HttpResponse.BodyHandlers.discarding());
            warm.add((System.nanoTime() - t) / 1e6);
        }
        warm.sort(null);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("status", cold.statusCode());
        figures.put("bytes", cold.body().length);
        figures.put("coldMs", coldMs);
        figures.put("p50Ms", percentile(warm, 0.50));
        figures.put("p95Ms", percentile(warm, 0.95));
        figures.put("samples", warm.size());
        return figures;
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
