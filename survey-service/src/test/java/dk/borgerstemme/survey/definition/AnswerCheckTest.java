package dk.borgerstemme.survey.definition;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dk.borgerstemme.survey.definition.AnswerProblem.CHOICE_NOT_OFFERED;
import static dk.borgerstemme.survey.definition.AnswerProblem.CHOICE_REPEATED;
import static dk.borgerstemme.survey.definition.AnswerProblem.DONT_KNOW_NOT_OFFERED;
import static dk.borgerstemme.survey.definition.AnswerProblem.ONE_ANSWER_ONLY;
import static dk.borgerstemme.survey.definition.AnswerProblem.OUT_OF_RANGE;
import static dk.borgerstemme.survey.definition.AnswerProblem.REQUIRED;
import static dk.borgerstemme.survey.definition.AnswerProblem.TOO_LONG;
import static dk.borgerstemme.survey.definition.SurveyFixture.answers;
import static dk.borgerstemme.survey.definition.SurveyFixture.choices;
import static dk.borgerstemme.survey.definition.SurveyFixture.freeText;
import static dk.borgerstemme.survey.definition.SurveyFixture.scored;
import static org.assertj.core.api.Assertions.assertThat;

class AnswerCheckTest {

    @Test
    void aThreeFaceSmileyTakesOneToThree() {
        Question question = scored("glad", QuestionType.SMILEY_3).build();

        assertThat(List.of("1", "2", "3")).allSatisfy(value -> assertThat(check(question, value)).isEmpty());
        assertThat(check(question, "0")).contains(OUT_OF_RANGE);
        assertThat(check(question, "4")).contains(OUT_OF_RANGE);
    }

    @Test
    void aFiveFaceSmileyTakesOneToFiveSoAThreeStepAnswerIsAcceptedToo() {
        Question question = scored("glad", QuestionType.SMILEY_5).build();

        assertThat(List.of("1", "2", "3", "4", "5")).allSatisfy(value -> assertThat(check(question, value)).isEmpty());
        assertThat(check(question, "6")).contains(OUT_OF_RANGE);
        assertThat(check(question, " 5")).contains(OUT_OF_RANGE);
    }

    @Test
    void anAgreementScaleTakesOneToFiveAndNothingElse() {
        Question question = scored("enig", QuestionType.AGREEMENT_5).build();

        assertThat(check(question, "5")).isEmpty();
        assertThat(check(question, "enig")).contains(OUT_OF_RANGE);
        assertThat(check(question, "2.5")).contains(OUT_OF_RANGE);
    }

    @Test
    void aYesNoQuestionTakesOneForYesAndZeroForNo() {
        Question question = scored("kender-kontakt", QuestionType.YES_NO).build();

        assertThat(check(question, "1")).isEmpty();
        assertThat(check(question, "0")).isEmpty();
        assertThat(check(question, "ja")).contains(OUT_OF_RANGE);
    }

    @Test
    void aZeroToTenScaleTakesZeroToTen() {
        Question question = scored("anbefale", QuestionType.SCALE_0_10).build();

        assertThat(check(question, "0")).isEmpty();
        assertThat(check(question, "10")).isEmpty();
        assertThat(check(question, "11")).contains(OUT_OF_RANGE);
        assertThat(check(question, "-1")).contains(OUT_OF_RANGE);
    }

    @Test
    void aScaleQuestionTakesOneAnswerOnly() {
        assertThat(check(scored("glad", QuestionType.SMILEY_5).build(), "4", "5")).contains(ONE_ANSWER_ONLY);
    }

    @Test
    void dontKnowIsAcceptedWhereOfferedAndRefusedWhereNot() {
        assertThat(check(scored("glad", QuestionType.SMILEY_5).dontKnow().build(), DontKnow.VALUE)).isEmpty();
        assertThat(check(scored("glad", QuestionType.SMILEY_5).build(), DontKnow.VALUE)).contains(DONT_KNOW_NOT_OFFERED);
    }

    @Test
    void dontKnowAnswersARequiredQuestion() {
        assertThat(check(scored("glad", QuestionType.AGREEMENT_5).required().dontKnow().build(), DontKnow.VALUE)).isEmpty();
    }

    @Test
    void aSingleChoiceTakesOneOfferedChoice() {
        Question question = choices("bolig", QuestionType.SINGLE_CHOICE, "botilbud", "eget-hjem").build();

        assertThat(check(question, "eget-hjem")).isEmpty();
        assertThat(check(question, "hospital")).contains(CHOICE_NOT_OFFERED);
        assertThat(check(question, "botilbud", "eget-hjem")).contains(ONE_ANSWER_ONLY);
    }

    @Test
    void aMultipleChoiceTakesSeveralOfferedChoicesEachOnce() {
        Question question = choices("aktiviteter", QuestionType.MULTIPLE_CHOICE, "sport", "musik", "madlavning").build();

        assertThat(check(question, "sport", "madlavning")).isEmpty();
        assertThat(check(question, "sport", "dans")).contains(CHOICE_NOT_OFFERED);
        assertThat(check(question, "sport", "sport")).contains(CHOICE_REPEATED);
    }

    @Test
    void aFreeTextMayBeAsLongAsItsLimitAndNoLonger() {
        Question question = freeText("andet", 10).build();

        assertThat(check(question, "a".repeat(10))).isEmpty();
        assertThat(check(question, "a".repeat(11))).contains(TOO_LONG);
        assertThat(check(question, "en", "to")).contains(ONE_ANSWER_ONLY);
    }

    @Test
    void aLineBreakCountsAsOneCharacterAsTheBrowserCountedIt() {
        Question question = freeText("andet", 5).build();

        assertThat(check(question, "ab\r\ncd")).isEmpty();
        assertThat(check(question, "æøå😀x")).isEmpty();
    }

    @Test
    void aRequiredQuestionLeftEmptyOrBlankIsMissing() {
        assertThat(check(scored("glad", QuestionType.SMILEY_5).required().build())).contains(REQUIRED);
        assertThat(check(freeText("andet", 100).required().build(), "   ")).contains(REQUIRED);
        assertThat(scored("glad", QuestionType.SMILEY_5).required().build().check(null)).contains(REQUIRED);
        assertThat(check(choices("aktiviteter", QuestionType.MULTIPLE_CHOICE, "sport", "musik").required().build())).contains(REQUIRED);
    }

    @Test
    void anOptionalQuestionMayBeSkipped() {
        assertThat(check(scored("glad", QuestionType.SMILEY_5).build())).isEmpty();
        assertThat(check(freeText("andet", 100).build(), "")).isEmpty();
    }

    @Test
    void everyProblemHasAMessageKeyForThePageToTranslate() {
        assertThat(AnswerProblem.values()).extracting(AnswerProblem::messageKey).doesNotHaveDuplicates()
            .allSatisfy(key -> assertThat(key).startsWith("answer."));
        assertThat(REQUIRED.messageKey()).isEqualTo("answer.required");
        assertThat(TOO_LONG.messageKey()).isEqualTo("answer.tooLong");
    }

    @Test
    void aSubmissionKeepsTheAnswersOfShownQuestionsAndListsTheProblemsInQuestionOrder() {
        SurveyDefinition survey = SurveyFixture.survey(
            scored("glad", QuestionType.SMILEY_5).required().build(),
            scored("enig", QuestionType.AGREEMENT_5).build(),
            freeText("andet", 5).build());

        CheckedAnswers checked = survey.checkAnswers(answers("andet", "for lang tekst", "enig", "9", "ukendt", "1"));

        assertThat(checked.isValid()).isFalse();
        assertThat(checked.problems()).containsExactly(
            Map.entry("glad", REQUIRED), Map.entry("enig", OUT_OF_RANGE), Map.entry("andet", TOO_LONG));
        assertThat(checked.answers()).containsOnlyKeys("enig", "andet");
    }

    @Test
    void aValidSubmissionDropsBlanksAndAnswersToHiddenOrUnknownQuestions() {
        SurveyDefinition survey = SurveyFixture.survey(
            scored("har-kontakt", QuestionType.YES_NO).build(),
            scored("kontakt-god", QuestionType.SMILEY_5).showIf("har-kontakt", "1").build(),
            freeText("andet", 100).build());

        CheckedAnswers checked = survey.checkAnswers(answers("har-kontakt", "0", "kontakt-god", "5", "andet", " ", "fremmed", "x"));

        assertThat(checked.isValid()).isTrue();
        assertThat(checked.answers()).containsExactly(Map.entry("har-kontakt", List.of("0")));
    }

    private static Optional<AnswerProblem> check(Question question, String... values) {
        return question.check(Arrays.asList(values));
    }
}
