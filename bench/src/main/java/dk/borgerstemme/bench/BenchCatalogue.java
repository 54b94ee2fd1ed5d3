package dk.borgerstemme.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue the services run with when reports at scale are measured: the shipped demo catalogue,
 * with the scale units ({@code skala-enhed-01} …) added to the demo organisation's areas in turn, so the
 * portal names them, places them in areas and knows their capacity. It is written under the run's data
 * directory and given to all three services as {@code BORGERSTEMME_CATALOGUE_DIR}; the frameworks still
 * come from the jar. The demo units stay, so every other part runs as before.
 */
final class BenchCatalogue {

    private static final String ORGANISATIONS = "platform/src/main/resources/catalogue/organisations";
    private static final String AREA_UNITS = "    units:";

    private BenchCatalogue() {
    }

    static List<String> unitIds(int units) {
        List<String> ids = new ArrayList<>();
        for (int u = 1; u <= units; u++) {
            ids.add(String.format("skala-enhed-%02d", u));
        }
        return ids;
    }

    /** Writes the catalogue and returns its directory. */
    static Path write(Path root, Path data, int units) {
        Path directory = data.resolve("catalogue");
        try {
            Path organisations = Files.createDirectories(directory.resolve("organisations"));
            try (var shipped = Files.list(root.resolve(ORGANISATIONS))) {
                for (Path file : shipped.filter(path -> path.toString().endsWith(".yml")).toList()) {
                    String text = Files.readString(file);
                    if (file.getFileName().toString().equals(SurveyDatabase.ORGANISATION + ".yml")) {
                        text = withScaleUnits(text, unitIds(units));
                    }
                    Files.writeString(organisations.resolve(file.getFileName()), text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the benchmark's catalogue under " + directory, e);
        }
        return directory;
    }

    /** Inserts the units, one area after the other, right after each area's {@code units:} line. */
    static String withScaleUnits(String organisation, List<String> ids) {
        List<String> lines = new ArrayList<>(organisation.lines().toList());
        List<Integer> areaStarts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(AREA_UNITS)) {
                areaStarts.add(i);
            }
        }
        if (areaStarts.isEmpty()) {
            throw new IllegalStateException("The demo organisation has no area with units to add the scale units to");
        }
        List<List<String>> perArea = new ArrayList<>();
        areaStarts.forEach(ignored -> perArea.add(new ArrayList<>()));
        for (int u = 0; u < ids.size(); u++) {
            String id = ids.get(u);
            List<String> unit = perArea.get(u % areaStarts.size());
            unit.add("      - id: " + id);
            unit.add("        name: Skalaenhed " + id.substring(id.lastIndexOf('-') + 1));
            unit.add("        kind: botilbud");
            unit.add("        capacity: {amount: " + (20 + (u * 37) % 300) + ", measure: places}");
        }
        for (int a = areaStarts.size() - 1; a >= 0; a--) {
            lines.addAll(areaStarts.get(a) + 1, perArea.get(a));
        }
        return String.join("\n", lines) + "\n";
    }
}
