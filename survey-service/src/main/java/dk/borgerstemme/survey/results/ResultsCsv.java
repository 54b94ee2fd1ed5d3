package dk.borgerstemme.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results as CSV, one row per measurement point × group and one for each point's total, with the same
 * numbers as the JSON. Comma-separated with a dot for decimals, so any spreadsheet reads it the same way;
 * a suppressed row has "true" and empty numbers. The distribution is one column, {@code step:count} pairs.
 * A combined split has a row per inner cell ({@code row/column}), then the margins ({@code row/total},
 * {@code total/column}) and the total. {@code like_for_like} is empty without a previous wave, and {@code false}
 * on every row of a point whose questions changed since then.
 */
final class ResultsCsv {

    static final List<String> HEADER = List.of("point", "group", "suppressed", "responses", "codes_issued", "response_rate",
        "n", "dont_know", "share_positive", "mean", "scale", "distribution", "wilson_lower", "wilson_upper", "change",
        "change_beyond_noise", "answers", "like_for_like");

    private ResultsCsv() {
    }

    static String of(ResultsResponse results) {
        StringBuilder csv = new StringBuilder(line(HEADER));
        for (ResultsResponse.Point point : results.points()) {
            List<ResultsResponse.Cell> cells = new ArrayList<>(point.groups());
            if (point.rows() != null) {
                point.rows().forEach(cell -> cells.add(renamed(cell, cell.group() + "/" + PointResult.TOTAL)));
            }
            if (point.columns() != null) {
                point.columns().forEach(cell -> cells.add(renamed(cell, PointResult.TOTAL + "/" + cell.group())));
            }
            cells.add(point.total());
            cells.forEach(cell -> csv.append(line(row(point, cell))));
        }
        return csv.toString();
    }

    private static ResultsResponse.Cell renamed(ResultsResponse.Cell cell, String group) {
        return new ResultsResponse.Cell(group, cell.suppressed(), cell.responses(), cell.codesIssued(), cell.responseRate(), cell.n(),
            cell.answers(), cell.dontKnow(), cell.sharePositive(), cell.mean(), cell.scale(), cell.distribution(), cell.wilsonLower(),
            cell.wilsonUpper(), cell.change(), cell.changeBeyondNoise());
    }

    private static List<String> row(ResultsResponse.Point point, ResultsResponse.Cell cell) {
        List<String> row = new ArrayList<>();
        row.add(point.point());
        row.add(cell.group());
        row.add(String.valueOf(cell.suppressed()));
        row.add(text(cell.responses()));
        row.add(text(cell.codesIssued()));
        row.add(text(cell.responseRate()));
        row.add(text(cell.n()));
        row.add(text(cell.dontKnow()));
        row.add(text(cell.sharePositive()));
        row.add(text(cell.mean()));
        row.add(text(cell.scale()));
        row.add(cell.distribution() == null ? "" : distribution(cell.distribution()));
        row.add(text(cell.wilsonLower()));
        row.add(text(cell.wilsonUpper()));
        row.add(text(cell.change()));
        row.add(text(cell.changeBeyondNoise()));
        row.add(text(cell.answers()));
        row.add(text(point.likeForLike()));
        return row;
    }

    private static String distribution(Map<String, Integer> distribution) {
        return distribution.entrySet().stream().map(step -> step.getKey() + ":" + step.getValue()).collect(Collectors.joining(" "));
    }

    /** A figure as the CSV files write it: empty for none, four decimals for a share or a mean. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.4f", number);
        }
        return value.toString();
    }

    static String line(List<String> fields) {
        return fields.stream().map(ResultsCsv::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
