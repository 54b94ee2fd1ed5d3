package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.chart.Chart;
import io.micronaut.core.annotation.Nullable;

/**
 * One indicator of a measurement point for the chosen period and group, already worded and formatted:
 * the page, the PDF and the CSV print these strings, so all three show the same numbers.
 * {@code missing} is set (and the figures are "–") when the figure could not be had or is suppressed.
 */
public record Reading(
    String indicator,
    String label,
    String source,
    String periodLabel,
    String value,
    String previousLabel,
    String previous,
    String change,
    Trend trend,
    String trendText,
    String n,
    @Nullable String missing,
    @Nullable String comparisonNote,
    @Nullable Chart chart) {

    /** The previous value with the period it is from: "60 % (Måling 2025)". */
    public String previousText() {
        return "–".equals(previousLabel) || "–".equals(previous) ? previous : previous + " (" + previousLabel + ")";
    }

    public boolean available() {
        return missing == null;
    }

    /** True when the survey service says the comparison with the previous wave is not like for like; {@code comparisonNote} then says why. */
    public boolean notLikeForLike() {
        return comparisonNote != null;
    }

    public Reading withComparisonNote(@Nullable String note) {
        return new Reading(indicator, label, source, periodLabel, value, previousLabel, previous, change, trend, trendText, n, missing,
            note, chart);
    }

    public Reading withChart(@Nullable Chart chart) {
        return new Reading(indicator, label, source, periodLabel, value, previousLabel, previous, change, trend, trendText, n, missing,
            comparisonNote, chart);
    }
}
