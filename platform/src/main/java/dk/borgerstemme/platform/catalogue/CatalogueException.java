package dk.borgerstemme.platform.catalogue;

import java.util.List;

/**
 * The catalogue cannot be used. The message lists every problem found, one a line, each as
 * {@code <file name>: <path>: <problem>}, so one start-up shows everything there is to fix.
 */
public final class CatalogueException extends RuntimeException {

    private final List<String> problems;

    CatalogueException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
