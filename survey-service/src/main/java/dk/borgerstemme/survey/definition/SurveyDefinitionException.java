package dk.borgerstemme.survey.definition;

import java.util.List;

/**
 * Survey files that cannot be used. The message lists every problem, one a line: a file's format
 * problems as {@code <file>: <path>: <problem>}, and the survey check's errors as {@code <file>: <code>: <message>}.
 */
public final class SurveyDefinitionException extends RuntimeException {

    private final List<String> problems;

    SurveyDefinitionException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
