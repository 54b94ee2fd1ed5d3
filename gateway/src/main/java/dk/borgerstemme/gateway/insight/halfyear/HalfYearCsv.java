package dk.borgerstemme.gateway.insight.halfyear;

import dk.borgerstemme.gateway.insight.Dashboard;
import dk.borgerstemme.gateway.insight.PointDetail;
import dk.borgerstemme.gateway.insight.Reading;
import dk.borgerstemme.gateway.insight.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The half-year status as CSV: first one row per measurement point × indicator with the same formatted
 * figures as the page and the PDF, then the complaint tables, each row prefixed by its table's heading.
 */
final class HalfYearCsv {

    private HalfYearCsv() {
    }

    static String of(HalfYearStatus status, Texts texts) {
        StringBuilder csv = new StringBuilder();
        csv.append(line(List.of(texts.say("halfyear.csv.track"), texts.say("halfyear.csv.pointId"), texts.say("halfyear.csv.point"),
            texts.say("insight.table.indicator"), texts.say("insight.table.period"), texts.say("insight.table.value"),
            texts.say("halfyear.csv.previousPeriod"), texts.say("insight.table.previous"), texts.say("insight.table.change"),
            texts.say("insight.table.trend"), texts.say("insight.table.n"), texts.say("halfyear.csv.note"))));
        for (Dashboard.Track track : status.tracks()) {
            for (Dashboard.Point point : track.points()) {
                if (!point.fedBySystem()) {
                    csv.append(line(List.of(track.name(), point.id(), point.name(), "", "", "", "", "", "", "", "", texts.say("insight.notFed"))));
                    continue;
                }
                for (Reading reading : point.readings()) {
                    String note = reading.available() ? (reading.notLikeForLike() ? (texts.say("insight.notLikeForLike") + " " + reading.comparisonNote()).strip() : "") : reading.missing();
                    csv.append(line(List.of(track.name(), point.id(), point.name(), reading.label(), reading.periodLabel(),
                        reading.value(), reading.previousLabel(), reading.previous(), reading.change(), reading.trendText(), reading.n(), note)));
                }
            }
        }
        for (PointDetail.Breakdown table : status.complaintTables()) {
            csv.append("\r\n");
            List<String> header = new ArrayList<>();
            header.add(texts.say("halfyear.csv.table"));
            header.addAll(table.columns());
            csv.append(line(header));
            for (List<String> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(table.heading());
                cells.addAll(row);
                csv.append(line(cells));
            }
        }
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(HalfYearCsv::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String cell) {
        String text = cell == null ? "" : cell;
        // A cell that a spreadsheet would read as a formula is prefixed, so an exported text can never run.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("[+\\-−±][0-9]+([.,][0-9]+)?( [a-z]+)*")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
