package dk.borgerstemme.complaint.handling;

import java.util.List;

/** The action's input breaks a rule; nothing was changed. The form comes back with the problems at their fields. */
public final class InvalidInputException extends RuntimeException {

    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
