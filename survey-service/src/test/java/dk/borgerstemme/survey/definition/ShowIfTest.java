package dk.borgerstemme.survey.definition;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.borgerstemme.survey.definition.SurveyFixture.answers;
import static dk.borgerstemme.survey.definition.SurveyFixture.choices;
import static dk.borgerstemme.survey.definition.SurveyFixture.freeText;
import static dk.borgerstemme.survey.definition.SurveyFixture.scored;
import static org.assertj.core.api.Assertions.assertThat;

class ShowIfTest {

    private final Question hasContact = scored("har-kontakt", QuestionType.YES_NO).build();
    private final Question contactIsGood = scored("kontakt-god", QuestionType.SMILEY_5).showIf("har-kontakt", "1").build();
    private final Question whatIsWrong = freeText("hvad-er-galt", 500).showIf("kontakt-god", "1", "2").build();
    private final Question alwaysAsked = freeText("andet", 500).build();
    private final SurveyDefinition survey = SurveyFixture.survey(hasContact, contactIsGood, whatIsWrong, alwaysAsked);

    @Test
    void aQuestionWithoutConditionIsAlwaysShown() {
        assertThat(alwaysAsked.isShown(Map.of())).isTrue();
    }

    @Test
    void aConditionalQuestionIsShownWhenTheEarlierAnswerIsOneOfTheListedValues() {
        assertThat(contactIsGood.isShown(answers("har-kontakt", "1"))).isTrue();
        assertThat(whatIsWrong.isShown(answers("kontakt-god", "2"))).isTrue();
    }

    @Test
    void aConditionalQuestionIsHiddenWhenTheEarlierQuestionWasAnsweredOtherwiseOrNotAtAll() {
        assertThat(contactIsGood.isShown(answers("har-kontakt", "0"))).isFalse();
        assertThat(contactIsGood.isShown(answers("har-kontakt", DontKnow.VALUE))).isFalse();
        assertThat(contactIsGood.isShown(Map.of())).isFalse();
    }

    @Test
    void anyTickedChoiceOfAMultipleChoiceCanShowAQuestion() {
        Question activities = choices("aktiviteter", QuestionType.MULTIPLE_CHOICE, "sport", "musik").build();
        Question whichSport = freeText("hvilken-sport", 100).showIf("aktiviteter", "sport").build();

        assertThat(whichSport.isShown(answers("aktiviteter", "musik", "aktiviteter", "sport"))).isTrue();
        assertThat(SurveyFixture.survey(activities, whichSport).shownQuestions(answers("aktiviteter", "musik"))).containsExactly(activities);
    }

    @Test
    void theRespondentSeesTheQuestionsTheirAnswersLeadTo() {
        assertThat(survey.shownQuestions(answers("har-kontakt", "1", "kontakt-god", "1")))
            .containsExactly(hasContact, contactIsGood, whatIsWrong, alwaysAsked);
        assertThat(survey.shownQuestions(answers("har-kontakt", "1", "kontakt-god", "5")))
            .containsExactly(hasContact, contactIsGood, alwaysAsked);
    }

    @Test
    void aQuestionThatDependsOnAHiddenQuestionIsHiddenTooEvenIfAnOldAnswerIsLeft() {
        Map<String, List<String>> wentBackAndChanged = answers("har-kontakt", "0", "kontakt-god", "1");

        assertThat(survey.shownQuestions(wentBackAndChanged)).containsExactly(hasContact, alwaysAsked);
        assertThat(survey.checkAnswers(wentBackAndChanged).answers()).containsOnlyKeys("har-kontakt");
    }

    @Test
    void aHiddenRequiredQuestionIsNotMissing() {
        Question required = scored("kontakt-god", QuestionType.SMILEY_5).showIf("har-kontakt", "1").required().dontKnow().build();
        SurveyDefinition withRequired = SurveyFixture.survey(hasContact, required);

        assertThat(withRequired.checkAnswers(answers("har-kontakt", "0")).isValid()).isTrue();
        assertThat(withRequired.checkAnswers(answers("har-kontakt", "1")).problems()).containsOnlyKeys("kontakt-god");
    }
}
