package dk.borgerstemme.survey.answering;

import dk.borgerstemme.survey.definition.AnsweredHow;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.invitation.Invitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where one respondent is: their invitation, the survey they answer and what they have answered so far. */
record AnsweringSession(Invitation invitation, SurveyDefinition definition, Map<String, List<String>> answers) {

    Optional<AnsweredHow> answeredHow() {
        List<String> given = answers.getOrDefault(Answering.ANSWERED_HOW, List.of());
        return given.isEmpty() ? Optional.empty() : AnsweredHow.fromId(given.get(0));
    }

    void answeredHow(AnsweredHow how) {
        answers.put(Answering.ANSWERED_HOW, List.of(how.id()));
    }

    /** The survey's own answers, without the way they were given. */
    Map<String, List<String>> questionAnswers() {
        Map<String, List<String>> questions = new LinkedHashMap<>(answers);
        questions.remove(Answering.ANSWERED_HOW);
        return questions;
    }

    List<Question> shownQuestions() {
        return definition.shownQuestions(questionAnswers());
    }

    List<String> valuesOf(Question question) {
        return answers.getOrDefault(question.key(), List.of());
    }

    void answer(Question question, List<String> values) {
        answers.put(question.key(), List.copyOf(values));
    }

    @Override
    public String toString() {
        return "AnsweringSession[wave=" + invitation.waveId() + "]";
    }
}
