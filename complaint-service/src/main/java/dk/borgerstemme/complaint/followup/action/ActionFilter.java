package dk.borgerstemme.complaint.followup.action;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;

/** The actions list's filters: open (the default: not done, overdue included), overdue, done or all; and a unit. */
public record ActionFilter(String status, @Nullable String unit) {

    public static final List<String> STATUSES = List.of("open", "overdue", "done", "all");

    public static ActionFilter of(@Nullable String status, @Nullable String unit) {
        String chosen = status != null && STATUSES.contains(status) ? status : "open";
        return new ActionFilter(chosen, unit == null || unit.isBlank() ? null : unit);
    }

    public boolean keeps(ActionRow row) {
        Set<String> states = switch (status) {
            case "overdue" -> Set.of(ActionRow.OVERDUE);
            case "done" -> Set.of(ActionRow.DONE);
            case "all" -> Set.of(ActionRow.OPEN, ActionRow.OVERDUE, ActionRow.DONE);
            default -> Set.of(ActionRow.OPEN, ActionRow.OVERDUE);
        };
        return states.contains(row.state()) && (unit == null || unit.equals(row.unit()));
    }
}
