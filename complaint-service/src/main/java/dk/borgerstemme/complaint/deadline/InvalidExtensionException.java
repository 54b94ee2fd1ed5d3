package dk.borgerstemme.complaint.deadline;

import java.util.List;

/** An extension of the answer deadline that breaks a rule; {@link #problems()} name the fields and messages. */
public final class InvalidExtensionException extends RuntimeException {

    private final transient List<ExtensionProblem> problems;

    public InvalidExtensionException(List<ExtensionProblem> problems) {
        super("The answer deadline cannot be extended: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ExtensionProblem> problems() {
        return problems;
    }
}
