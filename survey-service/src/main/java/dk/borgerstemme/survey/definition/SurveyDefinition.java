package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A survey as an administrator designs it: what the answering pages render and the results are read by.
 * {@code id} is stable across versions. {@code framework} is the id of the measurement-point framework
 * its scored questions are tagged from ({@code null} only for complaint handling). {@code respondentRoles}
 * are catalogue role ids ({@code borger}, {@code paaroerende}, {@code vaerge}, {@code koebende-kommune}).
 * {@code minutes} is the time to answer that the intro promises. Versions: {@link SurveyVersions}.
 */
@Serdeable
public record SurveyDefinition(
    String id,
    SurveyKind kind,
    LocalizedText title,
    LocalizedText intro,
    int minutes,
    String framework,
    List<String> respondentRoles,
    boolean allowsThreeStepScales,
    List<Question> questions) {

    public SurveyDefinition {
        respondentRoles = respondentRoles == null ? List.of() : List.copyOf(respondentRoles);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(question -> question.key().equals(key)).findFirst();
    }

    public boolean isFor(String respondentRole) {
        return respondentRoles.contains(respondentRole);
    }

    /**
     * The steps to show for a scored question: the 3-step variant when the respondent chose fewer
     * steps and the survey allows it, otherwise the full scale. Empty for choices and free text.
     * Either way the values submitted are values of the full scale. The question's own step labels
     * replace the full scale's; the 3-step variant keeps its standard labels, which say what its three
     * steps mean whatever the five were called.
     */
    public List<ScaleStep> stepsFor(Question question, boolean respondentWantsThreeSteps) {
        Optional<Scale> threeSteps = respondentWantsThreeSteps && allowsThreeStepScales
            ? question.type().threeStepVariant()
            : Optional.empty();
        if (threeSteps.isPresent()) {
            return threeSteps.get().steps();
        }
        return question.type().scale().map(Scale::steps).orElse(List.of()).stream().map(question::labelled).toList();
    }

    /**
     * The questions a respondent sees given the answers so far, in order. Conditions are read against
     * the answers of shown questions only, so a question hidden by a hidden question stays hidden.
     */
    public List<Question> shownQuestions(Map<String, List<String>> answersSoFar) {
        List<Question> shown = new ArrayList<>();
        Map<String, List<String>> answersOfShown = new LinkedHashMap<>();
        for (Question question : questions) {
            if (question.isShown(answersOfShown)) {
                shown.add(question);
                List<String> values = Question.given(answersSoFar.get(question.key()));
                if (!values.isEmpty()) {
                    answersOfShown.put(question.key(), values);
                }
            }
        }
        return shown;
    }

    /** Checks a whole submission, question by question, and keeps what may be stored. */
    public CheckedAnswers checkAnswers(Map<String, List<String>> submitted) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        Map<String, AnswerProblem> problems = new LinkedHashMap<>();
        for (Question question : shownQuestions(submitted)) {
            List<String> values = Question.given(submitted.get(question.key()));
            question.check(values).ifPresent(problem -> problems.put(question.key(), problem));
            if (!values.isEmpty()) {
                kept.put(question.key(), values);
            }
        }
        return new CheckedAnswers(kept, problems);
    }
}
