package dk.borgerstemme.platform.catalogue;

import java.util.ArrayList;
import java.util.List;

/** The problems found while loading, collected rather than thrown so that one start-up reports them all. */
final class Problems {

    /** The path of a problem that concerns a whole file rather than a place in it. */
    static final String WHOLE_FILE = "(file)";

    private final List<String> found = new ArrayList<>();

    void add(String file, String path, String problem) {
        found.add(file + ": " + path + ": " + problem);
    }

    int count() {
        return found.size();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CatalogueException(found);
        }
    }
}
