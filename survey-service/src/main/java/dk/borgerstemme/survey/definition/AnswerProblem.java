package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Why a submitted answer cannot be kept. The page shows the message under {@link #messageKey()} in the
 * page language, next to the question and in the summary at the top. Most of these come only from a
 * tampered or outdated form; {@link #REQUIRED} and {@link #TOO_LONG} are the ones a respondent meets.
 */
@Serdeable
public enum AnswerProblem {
    REQUIRED("answer.required"),
    ONE_ANSWER_ONLY("answer.oneAnswerOnly"),
    OUT_OF_RANGE("answer.outOfRange"),
    DONT_KNOW_NOT_OFFERED("answer.dontKnowNotOffered"),
    CHOICE_NOT_OFFERED("answer.choiceNotOffered"),
    CHOICE_REPEATED("answer.choiceRepeated"),
    TOO_LONG("answer.tooLong");

    private final String messageKey;

    AnswerProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
