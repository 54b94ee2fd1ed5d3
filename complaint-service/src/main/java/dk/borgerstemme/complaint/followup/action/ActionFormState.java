package dk.borgerstemme.complaint.followup.action;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * One form on an action page as it was sent: which form, what was typed, and the problem (message key)
 * per field. {@link #NONE} when nothing was sent; the fields then show the action as it is.
 */
public record ActionFormState(@Nullable String form, Map<String, String> values, Map<String, String> problems) {

    public static final ActionFormState NONE = new ActionFormState(null, Map.of(), Map.of());

    public boolean is(String name) {
        return name.equals(form);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** What was typed into this form's field, or the given current value when this form was not sent. */
    public String value(String name, String field, @Nullable String current) {
        if (is(name)) {
            String typed = values.get(field);
            return typed == null ? "" : typed;
        }
        return current == null ? "" : current;
    }

    @Nullable
    public String problem(String name, String field) {
        return is(name) ? problems.get(field) : null;
    }
}
