package dk.borgerstemme.complaint.routing;

import java.util.List;

/** A reassignment that breaks a rule; {@link #problems()} name the fields and messages. */
public final class InvalidReassignmentException extends RuntimeException {

    private final transient List<ReassignmentProblem> problems;

    public InvalidReassignmentException(List<ReassignmentProblem> problems) {
        super("The case cannot be reassigned: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ReassignmentProblem> problems() {
        return problems;
    }
}
