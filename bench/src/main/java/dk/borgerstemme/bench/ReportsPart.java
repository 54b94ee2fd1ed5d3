package dk.borgerstemme.bench;

import java.nio.file.Path;
import java.util.Map;

final class ReportsPart {

    ReportsPart(Settings settings, SystemUnderTest system, Path work) {
    }

    void run(Results results) {
        results.put("reports", Map.of("status", "todo"));
    }
}
