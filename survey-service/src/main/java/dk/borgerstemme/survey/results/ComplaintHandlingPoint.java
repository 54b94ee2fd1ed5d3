package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.definition.SurveyKind;

import java.util.function.Function;

/**
 * The complainants' rating of the complaint handling as a measurement point of its own. The shipped
 * "Klagebehandling" survey targets no framework, so its scored questions feed no point and an ordinary
 * results report would have nothing to show. Read for results, a complaint-handling survey's untagged scored
 * questions feed one synthetic point, {@link #ID}, so its wave is figured by the same rules as any other
 * point: respondent by respondent, suppressed together with every split. A question an organisation has
 * tagged with one of its own points keeps that point. Satisfaction surveys are read as they are.
 */
public final class ComplaintHandlingPoint {

    /** The synthetic point; no framework uses the id (framework points are named by what they measure). */
    public static final String ID = "klagebehandling";

    private ComplaintHandlingPoint() {
    }

    /** The definition as results read it: a complaint-handling survey's untagged scored questions feed {@link #ID}. */
    public static SurveyDefinition asReadForResults(SurveyDefinition definition) {
        if (definition.kind() != SurveyKind.COMPLAINT_HANDLING) {
            return definition;
        }
        return retagged(definition, question -> question.point() == null ? ID : question.point());
    }

    /** Every scored question feeds {@link #ID}, tagged or not: the overall rating across all of the survey's scored questions. */
    static SurveyDefinition overall(SurveyDefinition definition) {
        return retagged(definition, question -> ID);
    }

    /** Every scored question is a point of its own, named by its key: the rating per question. */
    static SurveyDefinition perQuestion(SurveyDefinition definition) {
        return retagged(definition, Question::key);
    }

    private static SurveyDefinition retagged(SurveyDefinition definition, Function<Question, String> pointOf) {
        return new SurveyDefinition(definition.id(), definition.kind(), definition.title(), definition.intro(), definition.minutes(),
            definition.framework(), definition.respondentRoles(), definition.allowsThreeStepScales(),
            definition.questions().stream().map(question -> isScored(question) ? withPoint(question, pointOf.apply(question)) : question).toList());
    }

    static boolean isScored(Question question) {
        return question.type() != null && question.type().isScored();
    }

    private static Question withPoint(Question question, String point) {
        return new Question(question.key(), question.type(), question.text(), question.easyRead(), question.help(), question.required(),
            question.offersDontKnow(), point, question.choices(), question.maxLength(), question.showIf(), question.image(), question.labels());
    }
}
