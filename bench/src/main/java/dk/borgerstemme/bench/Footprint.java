package dk.borgerstemme.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part 5: start-up to ready and resident memory per service, and the bytes a browser with an empty
 * cache transfers for the first survey page (the page, its stylesheets, script and fonts) and for
 * the next page (its HTML only: every asset path is versioned and cached for a year).
 */
final class Footprint {

    private static final Pattern STYLESHEET = Pattern.compile("<link[^>]+rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]+)\"");
    private static final Pattern IMAGE = Pattern.compile("<img[^>]+src=\"([^\"]+)\"");
    private static final Pattern ICON = Pattern.compile("<link[^>]+rel=\"[^\"]*icon[^\"]*\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]+method=\"post\"[^>]*action=\"([^\"]+)\"");

    private final SystemUnderTest system;
    private final Map<String, Object> startUp = new LinkedHashMap<>();
    private Map<String, Double> idleRss = Map.of();
    private final Map<String, Object> pageWeight = new LinkedHashMap<>();

    Footprint(SystemUnderTest system) {
        this.system = system;
    }

    void measureIdle() {
        for (ServiceProcess service : system.services()) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("processStartToReadyMs", service.readyAfterMillis());
            service.micronautStartupMillis().ifPresent(ms -> figures.put("micronautStartupMs", ms));
            if (service.embeddedDatabase().isPresent()) {
                service.beforeFirstLogLineMillis().ifPresent(ms -> {
                    figures.put("jvmAndEmbeddedDatabaseStartMs", ms);
                    figures.put("readyWithoutEmbeddedDatabaseMs", service.readyAfterMillis() - ms);
                });
            }
            startUp.put(service.name, figures);
        }
        ServiceProcess.pause(2000);
        idleRss = system.rss();
    }

    void measurePageWeight(SurveyDatabase database) throws IOException, InterruptedException, SQLException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        URI gateway = system.gatewayUrl();
        String base = SurveyRespondents.BASE;

        Fetched page = get(client, gateway.resolve(base));
        Map<String, Long> first = new LinkedHashMap<>();
        first.put(base, page.bytes);
        Set<String> assets = new LinkedHashSet<>();
        assets.addAll(all(STYLESHEET, page.body));
        assets.addAll(all(SCRIPT, page.body));
        assets.addAll(all(IMAGE, page.body));
        assets.addAll(all(ICON, page.body));
        List<String> notCounted = new ArrayList<>();
        for (String asset : List.copyOf(assets)) {
            URI address = gateway.resolve(base).resolve(asset);
            Fetched fetched = get(client, address);
            first.put(address.getPath(), fetched.bytes);
            if (asset.contains(".css")) {
                // Each @font-face's first source is the format a current browser takes (woff2). A
                // browser fetches only the faces its text uses, so this counts at most what it fetches.
                Matcher faces = FONT_FACE.matcher(fetched.body);
                while (faces.find()) {
                    Matcher url = URL.matcher(faces.group(1));
                    if (url.find()) {
                        URI font = address.resolve(url.group(1));
                        first.put(font.getPath(), get(client, font).bytes);
                    }
                }
                String withoutFaces = FONT_FACE.matcher(fetched.body).replaceAll("");
                all(URL, withoutFaces).forEach(notCounted::add);
            }
        }
        // A browser asks for /favicon.ico when the page names no icon.
        if (all(ICON, page.body).isEmpty()) {
            first.put("/favicon.ico", get(client, gateway.resolve("/favicon.ico")).bytes);
        }
        long firstTotal = first.values().stream().mapToLong(Long::longValue).sum();

        // The next page: the code is posted, and the introduction comes back; its assets are cached.
        String code = database.seedCodes(database.demoWave(), 1).get(0);
        String action = first(FORM_ACTION, page.body).replace("&amp;", "&");
        HttpResponse<byte[]> posted = client.send(HttpRequest.newBuilder(gateway.resolve(action))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Encoding", "gzip, deflate, br, zstd")
            .header("Origin", "null").header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString("code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        long postBytes = headerBytes(posted.statusCode(), posted.headers()) + posted.body().length;
        Fetched intro = get(client, gateway.resolve(base + "/intro"));

        pageWeight.put("firstPage", Map.of("url", base, "totalBytes", firstTotal, "files", first,
            "referencedButNotCounted", notCounted.size() + " url() references in stylesheets outside @font-face (icons, "
                + "images a browser fetches only when a matching element is shown)"));
        pageWeight.put("nextPage", Map.of("url", base + "/intro", "totalBytes", postBytes + intro.bytes,
            "codePostResponseBytes", postBytes, "pageBytes", intro.bytes));
        System.out.printf("First survey page with an empty cache: %d bytes in %d files; next page %d bytes%n",
            firstTotal, first.size(), postBytes + intro.bytes);
    }

    private record Fetched(long bytes, String body) {
    }

    /** A GET as a browser sends it; the bytes are the status line, headers and the body as sent (compressed). */
    private static Fetched get(HttpClient client, URI address) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(address)
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .header("Accept-Encoding", "gzip, deflate, br, zstd")
            .header("Accept-Language", "da-DK,da;q=0.9").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        byte[] body = response.body();
        String text = switch (encoding) {
            case "gzip" -> new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes(), StandardCharsets.UTF_8);
            case "identity" -> new String(body, StandardCharsets.UTF_8);
            // An encoding we cannot read here: the same file again, uncompressed, only to find what it references.
            default -> new String(client.send(HttpRequest.newBuilder(address).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        };
        return new Fetched(headerBytes(response.statusCode(), response.headers()) + body.length, text);
    }

    private static long headerBytes(int status, HttpHeaders headers) {
        long bytes = ("HTTP/1.1 " + status + " OK\r\n\r\n").length();
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + 2 + value.length() + 2;
            }
        }
        return bytes;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " on the page");
        }
        return matcher.group(1);
    }

    void report(Results results, Map<String, Double> peakRss) {
        results.heading("Footprint");
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceProcess service : system.services()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = (Map<String, Object>) startUp.get(service.name);
            rows.add(List.of(service.name, figures.get("processStartToReadyMs"),
                figures.getOrDefault("readyWithoutEmbeddedDatabaseMs", figures.get("processStartToReadyMs")),
                figures.getOrDefault("micronautStartupMs", "?"),
                idleRss.getOrDefault(service.name, 0.0), peakRss.getOrDefault(service.name, 0.0),
                idleRss.containsKey(service.name + " database") ? Results.cell(idleRss.get(service.name + " database")) + " / "
                    + Results.cell(peakRss.getOrDefault(service.name + " database", 0.0)) : "–"));
        }
        results.table(List.of("service", "start → ready ms", "without embedded DB ms", "Micronaut startup ms",
            "RSS idle MB", "RSS peak under survey load MB", "embedded DB RSS idle / peak MB"), rows);
        results.paragraph("\"Without embedded DB\" subtracts the time from the process start to the application's first log "
            + "line, which for the data services is the JVM start plus the embedded MariaDB start.");
        if (!pageWeight.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> firstPage = (Map<String, Object>) pageWeight.get("firstPage");
            @SuppressWarnings("unchecked")
            Map<String, Object> nextPage = (Map<String, Object>) pageWeight.get("nextPage");
            results.table(List.of("survey page", "bytes transferred"), List.of(
                List.of("first load, empty cache (page, CSS, JS, every @font-face in woff2)", firstPage.get("totalBytes")),
                List.of("next page (code post's 303 + introduction page)", nextPage.get("totalBytes"))));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startUp", startUp);
        json.put("rssIdleMb", idleRss);
        json.put("rssPeakUnderSurveyLoadMb", peakRss);
        json.put("pageWeight", pageWeight);
        results.put("footprint", json);
    }
}
