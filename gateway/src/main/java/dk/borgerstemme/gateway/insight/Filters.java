package dk.borgerstemme.gateway.insight;

import io.micronaut.core.annotation.Nullable;

/**
 * What the staff member chose in the filter form (all optional): a period (half-year {@code 2026H1},
 * quarter {@code 2026Q2} or wave {@code wave-7}), an area, a unit, a respondent role.
 */
public record Filters(@Nullable String period, @Nullable String area, @Nullable String unit, @Nullable String role) {

    public static final String WAVE_PREFIX = "wave-";

    public Filters {
        period = blankToNull(period);
        area = blankToNull(area);
        unit = blankToNull(unit);
        role = blankToNull(role);
    }

    public Filters withPeriod(String chosen) {
        return new Filters(chosen, area, unit, role);
    }

    /** The query string that keeps these filters on a link ("period=2026H1&unit=…"), without a leading "?". */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "period", period);
        append(query, "area", area);
        append(query, "unit", unit);
        append(query, "role", role);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, @Nullable String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
