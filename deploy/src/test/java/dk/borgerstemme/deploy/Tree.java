package dk.borgerstemme.deploy;

import java.util.List;
import java.util.Map;

/** Walks parsed YAML: maps of maps and lists. A missing step fails the test with the path that was missing. */
final class Tree {

    private Tree() {
    }

    static Object at(Object root, String... path) {
        Object node = root;
        for (int i = 0; i < path.length; i++) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(path[i])) {
                throw new AssertionError("missing " + String.join(".", List.of(path).subList(0, i + 1)));
            }
            node = map.get(path[i]);
        }
        return node;
    }

    static boolean has(Object root, String... path) {
        Object node = root;
        for (String step : path) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(step)) {
                return false;
            }
            node = map.get(step);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object root, String... path) {
        Object node = at(root, path);
        if (!(node instanceof Map<?, ?>)) {
            throw new AssertionError(String.join(".", path) + " is not a mapping: " + node);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object root, String... path) {
        Object node = at(root, path);
        if (!(node instanceof List<?>)) {
            throw new AssertionError(String.join(".", path) + " is not a list: " + node);
        }
        return (List<Object>) node;
    }

    static List<Object> listOrEmpty(Object root, String... path) {
        return has(root, path) && at(root, path) != null ? list(root, path) : List.of();
    }

    static String text(Object root, String... path) {
        Object node = at(root, path);
        return node == null ? null : String.valueOf(node);
    }
}
