package dk.borgerstemme.gateway.insight.chart;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The points of one indicator over time. For a share, {@code lower}/{@code upper} is its interval
 * (drawn as a whisker); {@code value} null means no figure for that period (suppressed or missing).
 */
public record Series(boolean share, double maximum, List<Point> points) {

    public record Point(String label, @Nullable Double value, @Nullable Double lower, @Nullable Double upper, String valueText) {
    }
}
