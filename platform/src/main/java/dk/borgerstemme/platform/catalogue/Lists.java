package dk.borgerstemme.platform.catalogue;

import java.util.List;

final class Lists {

    private Lists() {
    }

    /** An unmodifiable copy; a missing list is an empty one, so callers never meet null. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
