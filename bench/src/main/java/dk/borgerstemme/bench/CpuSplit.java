package dk.borgerstemme.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The CPU a step used per process (each service and each embedded database on its own), and per item it did. */
record CpuSplit(Map<String, Double> seconds, long items) {

    static CpuSplit between(Map<String, Double> before, Map<String, Double> after, long items) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((process, total) -> used.put(process, total - before.getOrDefault(process, 0.0)));
        return new CpuSplit(used, items);
    }

    double totalSeconds() {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double millisecondsPerItem() {
        return perItem(totalSeconds());
    }

    Map<String, Double> millisecondsPerItemByProcess() {
        Map<String, Double> perItem = new LinkedHashMap<>();
        seconds.forEach((process, used) -> perItem.put(process, perItem(used)));
        return perItem;
    }

    /** For the markdown: "survey-service 7.4, survey-service database 1.7, …" in ms per item, largest first. */
    String describe() {
        return millisecondsPerItemByProcess().entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(entry -> String.format("%s %.1f", entry.getKey(), entry.getValue()))
            .collect(Collectors.joining(", "));
    }

    private double perItem(double used) {
        return items == 0 ? 0.0 : used * 1000 / items;
    }
}
