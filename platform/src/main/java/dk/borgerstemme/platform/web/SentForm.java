package dk.borgerstemme.platform.web;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Map;

/**
 * The form of a page that was last sent, as the shared form fields ({@code views/fields.html}) read it: what
 * was typed and the problem per field, so a failed send shows everything again at the form it came from. A
 * page may hold several named forms; the fields of the forms not sent show their current values.
 */
public interface SentForm {

    /** The name of the form that was sent, or null when the page was opened afresh. */
    @Nullable
    String name();

    default boolean is(String form) {
        return form.equals(name());
    }

    /** What was typed into the field when this form was sent, otherwise the current value ("" for none). */
    String value(String form, String field, @Nullable String current);

    /** Whether the option was chosen in the field when this form was sent, otherwise whether it is a current one. */
    boolean checked(String form, String field, String option, @Nullable Collection<String> current);

    /** The message key of the problem with the field of this form, or null. */
    @Nullable
    String problem(String form, String field);

    /** The fields at fault, in the form's order, with their problems' message keys. */
    Map<String, String> problems();

    default boolean hasProblems() {
        return !problems().isEmpty();
    }
}
