package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A value from a survey file with its path ({@code questions[2].text.da}). Each conversion returns the
 * value or records a problem naming the file, the path and what was written, so one reading finds every problem.
 */
final class YamlValue {

    private final String file;
    private final String path;
    private final Object value;
    private final List<String> problems;

    private YamlValue(String file, String path, Object value, List<String> problems) {
        this.file = file;
        this.path = path;
        this.value = value;
        this.problems = problems;
    }

    static YamlValue root(String file, Object value, List<String> problems) {
        return new YamlValue(file, "", value, problems);
    }

    static void problem(List<String> problems, String file, String where, String problem) {
        problems.add(file + ": " + where + ": " + problem);
    }

    boolean isAbsent() {
        return value == null;
    }

    void problem(String problem) {
        problem(problems, file, path.isEmpty() ? "(file)" : path, problem);
    }

    /** A mapping that may hold only the given keys; any other key is reported, since it is nearly always a typo. */
    Optional<Fields> mapping(String... allowedKeys) {
        if (!(value instanceof Map<?, ?> map)) {
            return fail("must be a mapping of keys to values, was " + described());
        }
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(allowedKeys));
        map.keySet().forEach(key -> {
            if (!allowed.contains(String.valueOf(key))) {
                child(String.valueOf(key), null).problem("unknown key, expected one of " + String.join(", ", allowed));
            }
        });
        return Optional.of(new Fields(map));
    }

    Optional<List<YamlValue>> list() {
        if (!(value instanceof List<?> items)) {
            return fail("must be a list, was " + described());
        }
        List<YamlValue> elements = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            elements.add(new YamlValue(file, path + "[" + i + "]", items.get(i), problems));
        }
        return Optional.of(elements);
    }

    /**
     * Text as written. A whole number is taken as its digits; any other non-text scalar is refused,
     * because YAML has already turned it into something else ({@code no} into false, {@code 1.10} into 1.1).
     */
    Optional<String> text() {
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return Optional.of(value.toString());
        }
        if (!(value instanceof String text)) {
            return fail("must be text, was " + described() + (value instanceof Map || value instanceof List || value == null
                ? "" : "; put it in quotes so YAML keeps it as written"));
        }
        if (text.isBlank()) {
            return fail("must not be blank");
        }
        return Optional.of(text.strip());
    }

    Optional<String> id() {
        return text().filter(text -> {
            if (!Ids.isId(text)) {
                problem("must be an id of " + Ids.RULE + ", was " + text);
                return false;
            }
            return true;
        });
    }

    Optional<Integer> wholeNumber(int min, int max) {
        String expected = "must be a whole number from " + min + " to " + max;
        if (!(value instanceof Integer number)) {
            return fail(expected + ", was " + described());
        }
        return number < min || number > max ? fail(expected + ", was " + number) : Optional.of(number);
    }

    Optional<Boolean> yesOrNo() {
        return value instanceof Boolean flag ? Optional.of(flag) : fail("must be true or false, was " + described());
    }

    <E> Optional<E> oneOf(E[] choices, Function<E, String> idOf) {
        return text().flatMap(text -> {
            Optional<E> choice = Arrays.stream(choices).filter(candidate -> idOf.apply(candidate).equals(text)).findFirst();
            if (choice.isEmpty()) {
                problem("must be one of " + Arrays.stream(choices).map(idOf).collect(Collectors.joining(", ")) + ", was " + text);
            }
            return choice;
        });
    }

    /** Plain text (Danish only) or a mapping with {@code da} and {@code en}. */
    Optional<LocalizedText> localizedText() {
        if (!(value instanceof Map)) {
            return text().map(LocalizedText::danish);
        }
        return mapping("da", "en").flatMap(texts -> {
            Optional<String> da = texts.required("da").flatMap(YamlValue::text);
            Optional<String> en = texts.optional("en").flatMap(YamlValue::text);
            return da.map(danish -> new LocalizedText(danish, en.orElse(null)));
        });
    }

    private YamlValue child(String key, Object childValue) {
        return new YamlValue(file, path.isEmpty() ? key : path + "." + key, childValue, problems);
    }

    private <T> Optional<T> fail(String problem) {
        problem(problem);
        return Optional.empty();
    }

    private String described() {
        if (value == null) {
            return "empty";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** The keys of a mapping, each handed out as a {@link YamlValue} with its path. */
    final class Fields {

        private final Map<?, ?> entries;

        private Fields(Map<?, ?> entries) {
            this.entries = entries;
        }

        Optional<YamlValue> required(String key) {
            YamlValue child = child(key, entries.get(key));
            if (child.isAbsent()) {
                child.problem("is required");
                return Optional.empty();
            }
            return Optional.of(child);
        }

        Optional<YamlValue> optional(String key) {
            YamlValue child = child(key, entries.get(key));
            return child.isAbsent() ? Optional.empty() : Optional.of(child);
        }
    }
}
