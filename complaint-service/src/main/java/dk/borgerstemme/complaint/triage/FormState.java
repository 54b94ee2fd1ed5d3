package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.platform.web.SentForm;
import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Map;

/**
 * The action form a staff member last sent, with what they typed and what was wrong, so the case page
 * can show it again at the form it came from. Empty for a freshly opened page.
 */
public final class FormState implements SentForm {

    static final FormState NONE = new FormState(null, null, Map.of());

    private final String action;
    private final ActionFields fields;
    private final Map<String, String> problems;

    FormState(@Nullable String action, @Nullable ActionFields fields, Map<String, String> problems) {
        this.action = action;
        this.fields = fields;
        this.problems = problems;
    }

    /** The slug of the action whose form was sent (it opens, and the error summary links into it). */
    @Override
    @Nullable
    public String name() {
        return action;
    }

    @Override
    public String value(String slug, String field, @Nullable String current) {
        if (is(slug) && fields != null) {
            return fields.typed(field);
        }
        return current == null ? "" : current;
    }

    @Override
    public boolean checked(String slug, String field, String option, @Nullable Collection<String> current) {
        if (is(slug) && fields != null) {
            return fields.all(field).contains(option);
        }
        return current != null && current.contains(option);
    }

    @Override
    @Nullable
    public String problem(String slug, String field) {
        return is(slug) ? problems.get(field) : null;
    }

    @Override
    public Map<String, String> problems() {
        return problems;
    }
}
