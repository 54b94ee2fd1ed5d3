package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Show a question only when an earlier question was answered with one of {@code anyOf}. */
@Serdeable
public record ShowIf(String question, List<String> anyOf) {

    public ShowIf {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** Unanswered, or answered otherwise, means not shown. */
    public boolean isMetBy(Map<String, List<String>> answersSoFar) {
        List<String> answer = answersSoFar.get(question);
        return answer != null && answer.stream().anyMatch(anyOf::contains);
    }
}
