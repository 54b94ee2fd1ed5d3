package dk.borgerstemme.gateway.insight.chart;

import java.util.List;

/**
 * A chart over time and everything that makes it accessible: the SVG (role="img" with a title and a
 * description), the same figures as a table, and a text summary. {@code png} is the same chart as an
 * image for the PDF, as a data URI.
 */
public record Chart(String id, String title, String summary, String labelHeading, String valueHeading, String extraHeading, List<Row> rows,
                    String svg, String png) {

    public record Row(String label, String value, String extra, String n) {
    }
}
