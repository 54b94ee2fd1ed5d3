package dk.borgerstemme.platform.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A mapping read from a catalogue file; hands out its values as {@link YamlNode}s with their paths. */
final class YamlMapping {

    private final YamlNode node;
    private final Map<?, ?> entries;
    private final Set<String> allowedKeys;

    YamlMapping(YamlNode node, Map<?, ?> entries, Set<String> allowedKeys) {
        this.node = node;
        this.entries = entries;
        this.allowedKeys = allowedKeys;
    }

    /** The value under the key; a missing or empty value is reported as required. */
    Optional<YamlNode> required(String key) {
        YamlNode value = get(key);
        if (value.isAbsent()) {
            value.problem("is required");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The value under the key, or empty when it is missing or empty, for the caller to default. */
    Optional<YamlNode> optional(String key) {
        YamlNode value = get(key);
        return value.isAbsent() ? Optional.empty() : Optional.of(value);
    }

    private YamlNode get(String key) {
        if (!allowedKeys.contains(key)) {
            throw new IllegalArgumentException(key + " was not declared as a key of " + node.path());
        }
        return node.child(key, entries.get(key));
    }
}
