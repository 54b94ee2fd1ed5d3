package dk.borgerstemme.survey.wave;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a staff request led to: the result, or the problems per field (field name → message key, in the
 * order the fields are shown), never both.
 */
public record Checked<T>(Optional<T> value, Map<String, String> problems) {

    static <T> Checked<T> ok(T value) {
        return new Checked<>(Optional.of(value), Map.of());
    }

    static <T> Checked<T> refused(Map<String, String> problems) {
        return new Checked<>(Optional.empty(), new LinkedHashMap<>(problems));
    }

    public boolean isOk() {
        return value.isPresent();
    }
}
