package dk.borgerstemme.survey.authoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A posted form as its fields' values, and the names the pages give the fields of a definition. */
final class FormFields {

    private final Map<String, Object> form;

    FormFields(Map<String, Object> form) {
        this.form = form == null ? Map.of() : form;
    }

    /** The field's first value, untrimmed, or "" when absent. */
    String value(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? "" : values.get(0);
    }

    List<String> values(String name) {
        Object value = form.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    boolean has(String name) {
        return form.containsKey(name);
    }

    boolean ticked(String name) {
        return values(name).stream().anyMatch(value -> !value.isBlank());
    }

    /** Every field as typed, first values only, to show the form again as it was sent. */
    Map<String, String> typed() {
        Map<String, String> typed = new HashMap<>();
        form.keySet().forEach(name -> typed.put(name, value(name)));
        return typed;
    }

    /** The version (lock) the form was opened with; -1 when missing or garbled, which is never current. */
    long version() {
        try {
            return Long.parseLong(value("version").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The form field a definition path names: {@code questions[2].text.da} → {@code text-da} (a question
     * page shows one question), {@code labels[0].label.da} → {@code labels-0-label-da}.
     */
    static String fieldOf(String path) {
        String withinQuestion = path.replaceFirst("^questions\\[\\d+]\\.", "");
        return withinQuestion.replaceAll("\\[(\\d+)]", "-$1").replace('.', '-').toLowerCase(Locale.ROOT);
    }
}
