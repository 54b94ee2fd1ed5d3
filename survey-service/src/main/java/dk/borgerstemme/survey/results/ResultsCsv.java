package dk.borgerstemme.survey.results;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Results as CSV (RFC 4180): the same numbers as the API, suppressed groups with empty figures. */
final class ResultsCsv {

    static final String HEADER = "point,point_name,group,suppressed,n,dont_know,mean,share_positive,interval_lower,interval_upper,response_rate";

    private ResultsCsv() {
    }

    static String of(ResultsResponse results) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ResultsResponse.Point point : results.points()) {
            for (ResultsResponse.Group group : point.groups()) {
                csv.append(Stream.of(point.point(), point.name(), group.group(), String.valueOf(group.suppressed()),
                        number(group.n()), number(group.dontKnow()), number(group.mean()), number(group.sharePositive()),
                        number(group.lower()), number(group.upper()), number(group.responseRate()))
                    .map(ResultsCsv::field)
                    .collect(Collectors.joining(","))).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String number(Number value) {
        if (value == null) {
            return "";
        }
        return value instanceof Integer ? value.toString() : String.format(Locale.ROOT, "%.4f", value.doubleValue());
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
            ? "\"" + value.replace("\"", "\"\"") + "\""
            : value;
    }
}
