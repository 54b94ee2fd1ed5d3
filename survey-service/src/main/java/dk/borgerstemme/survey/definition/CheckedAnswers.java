package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission read against its survey. {@code answers} holds the answers of the questions that were
 * shown, in question order, without blanks: what may be stored. Answers to hidden or unknown questions
 * are left out (a respondent who goes back and changes an earlier answer leaves them behind).
 * {@code problems} holds what is wrong, per question key, in question order.
 */
@Serdeable
public record CheckedAnswers(Map<String, List<String>> answers, Map<String, AnswerProblem> problems) {

    public CheckedAnswers {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
