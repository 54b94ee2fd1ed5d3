package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.platform.web.SentForm;
import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Map;

/**
 * One form on an action page as it was sent: which form, what was typed, and the problem (message key)
 * per field. {@link #NONE} when nothing was sent; the fields then show the action as it is.
 */
public record ActionFormState(@Nullable String form, Map<String, String> values, Map<String, String> problems) implements SentForm {

    public static final ActionFormState NONE = new ActionFormState(null, Map.of(), Map.of());

    @Override
    @Nullable
    public String name() {
        return form;
    }

    @Override
    public String value(String name, String field, @Nullable String current) {
        if (is(name)) {
            String typed = values.get(field);
            return typed == null ? "" : typed;
        }
        return current == null ? "" : current;
    }

    @Override
    public boolean checked(String name, String field, String option, @Nullable Collection<String> current) {
        return is(name) ? option.equals(values.get(field)) : current != null && current.contains(option);
    }

    @Override
    @Nullable
    public String problem(String name, String field) {
        return is(name) ? problems.get(field) : null;
    }
}
