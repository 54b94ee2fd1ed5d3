package dk.borgerstemme.gateway.portal;

import dk.borgerstemme.gateway.insight.Trend;

import java.util.List;

/**
 * The latest wave's measurement points on a staff member's start page: one table per own unit for a unit leader,
 * one for the whole organisation for an analyst. {@code note} says plainly why there is nothing, if there is nothing.
 */
record LatestResults(String heading, String about, String note, List<Table> tables, List<String> notes) {

    record Table(String id, String caption, List<Row> rows, String note) {
    }

    /** One point: its value, n and change in words, and the address of its page for the same wave and unit. */
    record Row(String point, String name, String href, boolean suppressed, String value, String n, String change, Trend trend, String trendText) {
    }
}
