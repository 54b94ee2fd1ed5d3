package dk.borgerstemme.platform.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The ids of one kind of thing in a file: reports a repeated id, and a reference to an id that does not exist. */
final class IdRegister {

    private static final int MOST_IDS_LISTED = 20;

    private final String kind;
    private final Map<String, String> pathById = new LinkedHashMap<>();

    IdRegister(String kind) {
        this.kind = kind;
    }

    /** Reads the id at the node and registers it; a repeated id is reported and not returned. */
    Optional<String> register(YamlNode idNode) {
        return idNode.id().filter(id -> {
            String firstPath = pathById.putIfAbsent(id, idNode.path());
            if (firstPath != null) {
                idNode.problem("duplicate " + kind + " id " + id + ", first used at " + firstPath);
            }
            return firstPath == null;
        });
    }

    boolean contains(String id) {
        return pathById.containsKey(id);
    }

    /** Whether the reference at the node names a registered id; reports it when it does not. */
    boolean isKnown(YamlNode reference, String id) {
        if (!contains(id)) {
            reference.problem("no " + kind + " with id " + id + knownIds());
            return false;
        }
        return true;
    }

    private String knownIds() {
        Set<String> ids = new TreeSet<>(pathById.keySet());
        if (ids.isEmpty() || ids.size() > MOST_IDS_LISTED) {
            return "";
        }
        return "; known: " + String.join(", ", ids);
    }
}
