package dk.borgerstemme.complaint.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures as CSV, the same numbers as the JSON: one row per group and figure, the figure named by
 * its JSON path ({@code counts.complaints}, {@code outcomes.medhold}, {@code topRootCauses.1.count}).
 * A suppressed group has one row per figure with an empty value.
 */
final class FiguresCsv {

    private FiguresCsv() {
    }

    @SuppressWarnings("unchecked")
    static String write(Map<String, Object> report) {
        StringBuilder csv = new StringBuilder("period;group;name;suppressed;citizensServed;figure;value\r\n");
        List<Map<String, Object>> groups = new ArrayList<>((List<Map<String, Object>>) report.get("groups"));
        groups.add((Map<String, Object>) report.get("total"));
        for (Map<String, Object> group : groups) {
            String prefix = String.join(";", cell(report.get("period")), cell(group.get("group")), cell(group.get("name")),
                cell(group.get("suppressed")), cell(group.get("citizensServed")));
            for (String figure : GroupFigures.FIGURES) {
                flatten(figure, group.get(figure), prefix, csv);
            }
        }
        return csv.toString();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object value, String prefix, StringBuilder csv) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(path + "." + key, inner, prefix, csv));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                String key = item instanceof Map<?, ?> row ? rowKey((Map<String, Object>) row, i) : String.valueOf(i + 1);
                flatten(path + "." + key, item instanceof Map<?, ?> row ? valuesOf((Map<String, Object>) row) : item, prefix, csv);
            }
        } else {
            csv.append(prefix).append(';').append(cell(path)).append(';').append(cell(value)).append("\r\n");
        }
    }

    /** Lists of named rows (outcomes, results) are keyed by their id; other rows by their place. */
    private static String rowKey(Map<String, Object> row, int index) {
        for (String id : List.of("outcome", "result")) {
            if (row.get(id) instanceof String text) {
                return text;
            }
        }
        if (row.containsKey("kind") && row.containsKey("track")) {
            return row.get("kind") + "/" + row.get("track") + "/" + row.get("category");
        }
        return String.valueOf(index + 1);
    }

    private static Object valuesOf(Map<String, Object> row) {
        if (row.containsKey("count") && (row.containsKey("outcome") || row.containsKey("result") || row.containsKey("track"))) {
            return row.get("count");
        }
        return row;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (value instanceof Number || value instanceof Boolean) {
            return text;
        }
        // A spreadsheet would run a cell that starts like a formula.
        if (text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@")) {
            text = "'" + text;
        }
        return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
            ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
