package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.services.ComplaintFigures;
import dk.borgerstemme.gateway.insight.services.SurveyResults;
import io.micronaut.core.annotation.Nullable;

/**
 * Which cell of the services' answers the chosen filters point at: the split to ask for ({@code by}),
 * the unit to narrow the call to, and the group to read (null: the total of the staff member's scope).
 */
public record Selection(String by, @Nullable String unit, @Nullable String group) {

    /** Survey results: a role (within a unit, if one is chosen), else a unit, else an area, else the total. */
    public static Selection survey(Filters filters) {
        if (filters.role() != null) {
            return new Selection("role", filters.unit(), filters.role());
        }
        if (filters.unit() != null) {
            return new Selection("unit", filters.unit(), filters.unit());
        }
        if (filters.area() != null) {
            return new Selection("area", null, filters.area());
        }
        return new Selection("area", null, null);
    }

    /** Complaint figures have no respondent role: a unit, else an area, else the total. */
    public static Selection complaints(Filters filters) {
        if (filters.unit() != null) {
            return new Selection("unit", filters.unit(), filters.unit());
        }
        if (filters.area() != null) {
            return new Selection("area", null, filters.area());
        }
        return new Selection("organisation", null, null);
    }

    public @Nullable SurveyResults.Cell cellOf(SurveyResults.Point point) {
        return group == null ? point.total() : point.group(group).orElse(null);
    }

    public @Nullable ComplaintFigures.Group groupOf(ComplaintFigures figures) {
        return group == null ? figures.total() : figures.group(group).orElse(null);
    }
}
