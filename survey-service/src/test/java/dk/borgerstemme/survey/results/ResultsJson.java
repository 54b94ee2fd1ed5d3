package dk.borgerstemme.survey.results;

import java.util.List;
import java.util.Map;

/** Reading the results API's JSON, as the portal would. */
final class ResultsJson {

    private ResultsJson() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> point(Map<String, Object> results, String point) {
        return ((List<Map<String, Object>>) results.get("points")).stream()
            .filter(candidate -> point.equals(candidate.get("point"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cells(Map<String, Object> results, String point, String part) {
        return (List<Map<String, Object>>) point(results, point).get(part);
    }

    static Map<String, Object> cell(Map<String, Object> results, String point, String part, String group) {
        return cells(results, point, part).stream().filter(cell -> group.equals(cell.get("group"))).findFirst()
            .orElseThrow(() -> new AssertionError("No " + part + " cell " + group));
    }

    static Map<String, Object> cell(Map<String, Object> results, String point, String group) {
        return cell(results, point, "groups", group);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> total(Map<String, Object> results, String point) {
        return (Map<String, Object>) point(results, point).get("total");
    }

    static double number(Map<String, Object> cell, String field) {
        return ((Number) cell.get(field)).doubleValue();
    }
}
