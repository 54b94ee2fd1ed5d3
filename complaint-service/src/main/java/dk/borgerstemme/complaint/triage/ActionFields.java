package dk.borgerstemme.complaint.triage;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a staff member entered into an action's form (or an API body), field by field, kept as typed. */
final class ActionFields {

    private final Map<String, List<String>> values;

    private ActionFields(Map<String, List<String>> values) {
        this.values = values;
    }

    static ActionFields of(@Nullable Map<String, ?> raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((name, value) -> {
                if (value instanceof Collection<?> many) {
                    values.put(name, many.stream().filter(item -> item != null).map(String::valueOf).toList());
                } else if (value != null) {
                    values.put(name, List.of(String.valueOf(value)));
                }
            });
        }
        return new ActionFields(values);
    }

    /** The first value, or null when the field was not sent or is blank. */
    @Nullable
    String text(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        return given.isEmpty() || given.get(0).isBlank() ? null : given.get(0);
    }

    /** The value exactly as typed, for putting back into the form. */
    String typed(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        return given.isEmpty() ? "" : given.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).toList();
    }
}
