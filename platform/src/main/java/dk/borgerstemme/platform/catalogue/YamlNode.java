package dk.borgerstemme.platform.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A value from a catalogue file together with its path ({@code areas[1].units[0].capacity.amount}).
 * Each conversion either returns the value or records a problem that names the file, the path and
 * what was written, and returns empty, so reading can go on and find the next problem.
 */
final class YamlNode {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final int LONGEST_VALUE_SHOWN = 60;

    private final String file;
    private final String path;
    private final Object value;
    private final Problems problems;

    private YamlNode(String file, String path, Object value, Problems problems) {
        this.file = file;
        this.path = path;
        this.value = value;
        this.problems = problems;
    }

    static YamlNode root(String file, Object value, Problems problems) {
        return new YamlNode(file, "", value, problems);
    }

    YamlNode child(String key, Object childValue) {
        return new YamlNode(file, path.isEmpty() ? key : path + "." + key, childValue, problems);
    }

    String path() {
        return path.isEmpty() ? Problems.WHOLE_FILE : path;
    }

    boolean isAbsent() {
        return value == null;
    }

    void problem(String problem) {
        problems.add(file, path(), problem);
    }

    /** A mapping that may hold only the given keys; any other key is reported as unknown, since it is most likely a typo. */
    Optional<YamlMapping> mapping(String... allowedKeys) {
        if (!(value instanceof Map<?, ?> map)) {
            return fail("must be a mapping of keys to values, was " + described());
        }
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(allowedKeys));
        map.keySet().forEach(key -> {
            if (!(key instanceof String name)) {
                problem("keys must be text, was " + describe(key));
            } else if (!allowed.contains(name)) {
                child(name, null).problem("unknown key, expected one of " + String.join(", ", allowed));
            }
        });
        return Optional.of(new YamlMapping(this, map, allowed));
    }

    Optional<List<YamlNode>> list() {
        if (!(value instanceof List<?> items)) {
            return fail("must be a list, was " + described());
        }
        List<YamlNode> elements = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            elements.add(new YamlNode(file, path + "[" + i + "]", items.get(i), problems));
        }
        return Optional.of(elements);
    }

    Optional<List<YamlNode>> nonEmptyList(String what) {
        return list().filter(elements -> {
            if (elements.isEmpty()) {
                problem("must list at least one " + what);
            }
            return !elements.isEmpty();
        });
    }

    Optional<String> text() {
        if (value instanceof Map || value instanceof List || value == null) {
            return fail("must be text, was " + described());
        }
        String text = String.valueOf(value);
        if (text.isBlank()) {
            return fail("must not be blank");
        }
        return Optional.of(text.strip());
    }

    Optional<String> id() {
        return text().filter(text -> check(ID.matcher(text).matches(),
            "must be an id of 1 to 40 characters from a-z, 0-9 and -, not starting with -, was " + shown(text)));
    }

    Optional<Integer> wholeNumber(int min, int max) {
        String expected = max == Integer.MAX_VALUE
            ? "must be a whole number of at least " + min
            : "must be a whole number from " + min + " to " + max;
        Optional<String> text = text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!WHOLE_NUMBER.matcher(text.get()).matches()) {
            return fail(expected + ", was " + shown(text.get()));
        }
        int number = Integer.parseInt(text.get());
        return number < min || number > max ? fail(expected + ", was " + number) : Optional.of(number);
    }

    <E> Optional<E> oneOf(E[] choices, Function<E, String> idOf) {
        String ids = Arrays.stream(choices).map(idOf).collect(Collectors.joining(", "));
        return text().flatMap(text -> {
            Optional<E> choice = Arrays.stream(choices).filter(candidate -> idOf.apply(candidate).equals(text)).findFirst();
            return choice.isPresent() ? choice : fail("must be one of " + ids + ", was " + shown(text));
        });
    }

    /** Either plain text (Danish only) or a mapping with {@code da} and an optional {@code en}. */
    Optional<LocalizedText> localizedText() {
        if (!(value instanceof Map)) {
            return text().map(LocalizedText::danish);
        }
        return mapping("da", "en").flatMap(texts -> {
            Optional<String> da = texts.required("da").flatMap(YamlNode::text);
            Optional<String> en = texts.optional("en").flatMap(YamlNode::text);
            return da.map(danish -> new LocalizedText(danish, en.orElse(null)));
        });
    }

    Optional<URI> httpsUrl() {
        return text().flatMap(text -> {
            String expected = "must be an absolute https URL, was " + shown(text);
            try {
                URI uri = new URI(text);
                boolean https = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
                return https ? Optional.of(uri) : fail(expected);
            } catch (URISyntaxException e) {
                return fail(expected);
            }
        });
    }

    Optional<Period> positivePeriod() {
        return text().flatMap(text -> {
            String expected = "must be a positive ISO-8601 period such as P2Y or P18M, was " + shown(text);
            try {
                Period period = Period.parse(text);
                boolean positive = !period.isZero() && period.getYears() >= 0 && period.getMonths() >= 0 && period.getDays() >= 0;
                return positive ? Optional.of(period) : fail(expected);
            } catch (DateTimeParseException e) {
                return fail(expected);
            }
        });
    }

    Optional<LocalDate> date() {
        return text().flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return fail("must be a date written as YYYY-MM-DD, was " + shown(text));
            }
        });
    }

    private boolean check(boolean condition, String problem) {
        if (!condition) {
            problem(problem);
        }
        return condition;
    }

    private <T> Optional<T> fail(String problem) {
        problem(problem);
        return Optional.empty();
    }

    private String described() {
        return describe(value);
    }

    private static String describe(Object value) {
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
        return text.isBlank() ? "blank" : shown(text);
    }

    private static String shown(String text) {
        return text.length() <= LONGEST_VALUE_SHOWN ? text : text.substring(0, LONGEST_VALUE_SHOWN) + "…";
    }
}
