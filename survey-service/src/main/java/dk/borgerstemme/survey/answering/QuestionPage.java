package dk.borgerstemme.survey.answering;

import dk.borgerstemme.survey.definition.Choice;
import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionType;
import dk.borgerstemme.survey.definition.ScaleStep;
import dk.borgerstemme.survey.definition.SurveyDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One question as its page shows it, with every text already in the respondent's language. Public so the
 * survey editor's preview shows a draft exactly as the answering pages will.
 */
public record QuestionPage(int number, int total, String key, String kind, String text, String help, List<Option> options,
                    String value, int maxLength, String problem, AccessibilityProfile profile, boolean offersThreeSteps) {

    /** A radio button or checkbox with its visible label and, on smiley scales, its face. */
    public record Option(String id, String value, String label, String face, boolean checked) {
    }

    public static QuestionPage of(SurveyDefinition definition, Question question, int number, int total, List<String> values,
                           Locale locale, String problem, AccessibilityProfile profile) {
        List<Option> options = new ArrayList<>();
        if (question.type().hasChoices()) {
            for (Choice choice : question.choices()) {
                options.add(option(question, choice.value(), choice.label().in(locale), null, values));
            }
        } else if (question.type() != QuestionType.FREE_TEXT) {
            for (ScaleStep step : definition.stepsFor(question, profile.threeSteps())) {
                options.add(option(question, step.value(), step.label().in(locale), profile.wordsOnly() ? null : face(step), values));
            }
            if (question.offersDontKnow()) {
                options.add(option(question, DontKnow.VALUE, DontKnow.LABEL.in(locale), null, values));
            }
        }
        String kind = question.type() == QuestionType.FREE_TEXT ? "text"
            : question.type().allowsSeveralAnswers() ? "checkbox" : "radio";
        String text = profile.easyRead() && question.easyRead() != null ? question.easyRead().in(locale) : question.text().in(locale);
        return new QuestionPage(number, total, question.key(), kind, text,
            question.help() == null ? null : question.help().in(locale), options,
            values.isEmpty() ? "" : values.get(0), question.effectiveMaxLength(), problem, profile,
            definition.allowsThreeStepScales() && question.type().threeStepVariant().isPresent());
    }

    private static Option option(Question question, String value, String label, String face, List<String> values) {
        return new Option(question.key() + "-" + value, value, label, face, values.contains(value));
    }

    private static String face(ScaleStep step) {
        if (step.face() == null) {
            return null;
        }
        return switch (step.face()) {
            case VERY_UNHAPPY -> "😞";
            case UNHAPPY -> "🙁";
            case NEUTRAL -> "😐";
            case HAPPY -> "🙂";
            case VERY_HAPPY -> "😄";
        };
    }
}
