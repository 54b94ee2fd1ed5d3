package dk.borgerstemme.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The CPU a step used, per process (each service and each embedded database on its own), per item it did. */
record CpuSplit(Map<String, Double> millisecondsPerItem) {

    static CpuSplit between(Map<String, Double> before, Map<String, Double> after, long items) {
        Map<String, Double> perItem = new LinkedHashMap<>();
        after.forEach((process, seconds) -> perItem.put(process,
            items == 0 ? 0.0 : (seconds - before.getOrDefault(process, 0.0)) * 1000 / items));
        return new CpuSplit(perItem);
    }

    double total() {
        return millisecondsPerItem.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** For the markdown: "survey-service 7.4, survey-service database 1.7, …" in ms, largest first. */
    String describe() {
        return millisecondsPerItem.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(entry -> String.format("%s %.1f", entry.getKey(), entry.getValue()))
            .collect(Collectors.joining(", "));
    }
}
