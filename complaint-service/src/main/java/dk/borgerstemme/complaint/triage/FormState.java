package dk.borgerstemme.complaint.triage;

import java.util.List;
import java.util.Map;

/**
 * The action form a staff member last sent, with what they typed and what was wrong, so the case page
 * can show it again at the form it came from. Empty for a freshly opened page.
 */
public final class FormState {

    static final FormState NONE = new FormState("", null, Map.of());

    private final String action;
    private final ActionFields fields;
    private final Map<String, String> problems;

    FormState(String action, ActionFields fields, Map<String, String> problems) {
        this.action = action;
        this.fields = fields;
        this.problems = problems;
    }

    public String action() {
        return action;
    }

    /** Whether {@code slug}'s form is the one sent (it opens, and takes the focus of the error summary). */
    public boolean is(String slug) {
        return action.equals(slug);
    }

    public String value(String slug, String field) {
        return is(slug) && fields != null ? fields.typed(field) : "";
    }

    public boolean checked(String slug, String field, String value) {
        return is(slug) && fields != null && fields.all(field).contains(value);
    }

    /** The message key of the problem with a field of {@code slug}'s form, or null. */
    public String problem(String slug, String field) {
        return is(slug) ? problems.get(field) : null;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<Map.Entry<String, String>> problems() {
        return List.copyOf(problems.entrySet());
    }
}
