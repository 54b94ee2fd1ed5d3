package dk.borgerstemme.bench;

import io.gatling.app.Gatling$;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs a Gatling simulation in this JVM and reads the figures from its report. */
final class GatlingRunner {

    private final Path resultsFolder;

    GatlingRunner(Path resultsFolder) {
        this.resultsFolder = resultsFolder;
    }

    /** Figures of one kind of request (or of all of them): counts and latency percentiles in ms. */
    record RequestFigures(long count, long ok, long ko, double p50, double p95, double p99, double max, double mean) {

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("count", count);
            map.put("ok", ok);
            map.put("ko", ko);
            map.put("p50Ms", p50);
            map.put("p95Ms", p95);
            map.put("p99Ms", p99);
            map.put("maxMs", max);
            map.put("meanMs", mean);
            return map;
        }
    }

    /**
     * The figures per request name, and under "all" of all requests; plus where the HTML report is, relative to the
     * run's directory (the results say which run), so the results name no path of the machine they were made on.
     */
    record Report(Map<String, RequestFigures> requests, String directoryInRun) {
    }

    Report run(Class<?> simulation, LoadStep step, String description) {
        LoadStep.set(step);
        try {
            Files.createDirectories(resultsFolder);
            int status = Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", simulation.getName(),
                "--results-folder", resultsFolder.toAbsolutePath().toString(),
                "--run-description", description});
            // 2: assertions failed; we have none. Anything else is a crash worth stopping for.
            if (status != 0 && status != 2) {
                throw new IllegalStateException("Gatling ended with status " + status + " for " + description);
            }
            Path report = latestReport().orElseThrow(() -> new IllegalStateException("Gatling wrote no report in " + resultsFolder));
            return new Report(read(report.resolve("index.html")), resultsFolder.getParent().relativize(report).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            LoadStep.set(null);
        }
    }

    private Optional<Path> latestReport() throws IOException {
        try (Stream<Path> reports = Files.list(resultsFolder)) {
            return reports.filter(Files::isDirectory)
                .filter(directory -> Files.exists(directory.resolve("index.html")))
                .max(Comparator.comparingLong(GatlingRunner::modified));
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("col-(\\d+)\">([^<]*)</td>");

    /**
     * The statistics table of Gatling's HTML report (index.html): per request name its total, OK
     * and KO counts and the response-time percentiles set in gatling.conf (50, 95, 99, 99.9).
     * Columns: 2 total, 3 OK, 4 KO, 8 p50, 9 p95, 10 p99, 12 max, 13 mean.
     */
    static Map<String, RequestFigures> read(Path indexHtml) throws IOException {
        String html = Files.readString(indexHtml);
        Map<String, RequestFigures> figures = new LinkedHashMap<>();
        Matcher rows = ROW.matcher(html);
        List<Integer> starts = new ArrayList<>();
        while (rows.find()) {
            starts.add(rows.start());
        }
        for (int i = 0; i < starts.size(); i++) {
            String row = html.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : html.length());
            row = row.substring(0, Math.max(0, row.indexOf("</tr>")));
            Matcher name = NAME.matcher(row);
            if (!name.find()) {
                continue;
            }
            Map<Integer, Double> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row);
            while (cell.find()) {
                String value = cell.group(2).trim().replace(",", "");
                cells.put(Integer.valueOf(cell.group(1)), value.matches("-?[0-9.]+") ? Double.parseDouble(value) : 0.0);
            }
            String label = row.startsWith("<tr id=\"ROOT\"") ? "all" : unescape(name.group(1));
            figures.put(label, new RequestFigures(cells.getOrDefault(2, 0.0).longValue(), cells.getOrDefault(3, 0.0).longValue(),
                cells.getOrDefault(4, 0.0).longValue(), cells.getOrDefault(8, 0.0), cells.getOrDefault(9, 0.0),
                cells.getOrDefault(10, 0.0), cells.getOrDefault(12, 0.0), cells.getOrDefault(13, 0.0)));
        }
        if (!figures.containsKey("all")) {
            throw new IllegalStateException("No statistics table in " + indexHtml);
        }
        return figures;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
