package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Every rule of {@link SurveyDefinitionCheck}, with its stable code and whether it refuses publication
 * (an error) or only warns. docs/surveys.md explains each one; a test keeps that list complete.
 */
@Serdeable
public enum CheckRule {
    SURVEY_ID_INVALID("survey.idInvalid", true),
    SURVEY_KIND_MISSING("survey.kindMissing", true),
    SURVEY_DANISH_TEXT_MISSING("survey.danishTextMissing", true),
    SURVEY_MINUTES_MISSING("survey.minutesMissing", true),
    SURVEY_RESPONDENT_ROLES_MISSING("survey.respondentRolesMissing", true),
    SURVEY_RESPONDENT_ROLE_INVALID("survey.respondentRoleInvalid", true),
    SURVEY_QUESTIONS_MISSING("survey.questionsMissing", true),
    SURVEY_FRAMEWORK_REQUIRED("survey.frameworkRequired", true),
    SURVEY_FRAMEWORK_UNKNOWN("survey.frameworkUnknown", true),
    QUESTION_KEY_INVALID("question.keyInvalid", true),
    QUESTION_DUPLICATE_KEY("question.duplicateKey", true),
    QUESTION_TYPE_MISSING("question.typeMissing", true),
    QUESTION_DANISH_TEXT_MISSING("question.danishTextMissing", true),
    QUESTION_NOT_FOR_TYPE("question.notForType", true),
    QUESTION_POINT_MISSING("question.pointMissing", true),
    QUESTION_POINT_UNKNOWN("question.pointUnknown", true),
    QUESTION_POINT_WITHOUT_FRAMEWORK("question.pointWithoutFramework", true),
    QUESTION_POINT_ON_UNSCORED_TYPE("question.pointOnUnscoredType", true),
    QUESTION_CHOICES_MISSING("question.choicesMissing", true),
    QUESTION_CHOICE_VALUE_INVALID("question.choiceValueInvalid", true),
    QUESTION_DUPLICATE_CHOICE("question.duplicateChoice", true),
    QUESTION_CHOICE_LABEL_MISSING("question.choiceLabelMissing", true),
    QUESTION_MAX_LENGTH_MISSING("question.maxLengthMissing", true),
    QUESTION_MAX_LENGTH_OUT_OF_RANGE("question.maxLengthOutOfRange", true),
    QUESTION_STEP_LABEL_MISSING("question.stepLabelMissing", true),
    QUESTION_STEP_LABEL_NOT_ON_SCALE("question.stepLabelNotOnScale", true),
    QUESTION_IMAGE_SOURCE_MISSING("question.imageSourceMissing", true),
    QUESTION_IMAGE_ALT_MISSING("question.imageAltMissing", true),
    QUESTION_SHOW_IF_UNKNOWN_QUESTION("question.showIfUnknownQuestion", true),
    QUESTION_SHOW_IF_NOT_EARLIER("question.showIfNotEarlier", true),
    QUESTION_SHOW_IF_VALUE_NOT_OFFERED("question.showIfValueNotOffered", true),
    QUESTION_REQUIRED_CONDITIONAL("question.requiredConditional", true),
    SURVEY_TOO_MANY_QUESTIONS("survey.tooManyQuestions", false),
    TEXT_LONG_SENTENCE("text.longSentence", false),
    QUESTION_EASY_READ_MISSING("question.easyReadMissing", false),
    TEXT_ENGLISH_MISSING("text.englishMissing", false),
    QUESTION_POINT_NOT_FED_BY_SURVEY("question.pointNotFedBySurvey", false);

    private final String code;
    private final boolean refuses;

    CheckRule(String code, boolean refuses) {
        this.code = code;
        this.refuses = refuses;
    }

    public String code() {
        return code;
    }

    /** An error: the survey cannot be published until it is fixed. Otherwise a warning. */
    public boolean refuses() {
        return refuses;
    }
}
