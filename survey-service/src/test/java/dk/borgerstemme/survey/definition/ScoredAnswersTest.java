package dk.borgerstemme.survey.definition;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dk.borgerstemme.survey.definition.SurveyFixture.answers;
import static dk.borgerstemme.survey.definition.SurveyFixture.choices;
import static dk.borgerstemme.survey.definition.SurveyFixture.freeText;
import static dk.borgerstemme.survey.definition.SurveyFixture.scored;
import static dk.borgerstemme.survey.definition.SurveyFixture.survey;
import static org.assertj.core.api.Assertions.assertThat;

class ScoredAnswersTest {

    private final SurveyDefinition survey = survey(
        scored("glad", QuestionType.SMILEY_5).build(),
        choices("hvor", QuestionType.SINGLE_CHOICE, "hjemme", "ude").build(),
        scored("ti", QuestionType.SCALE_0_10).build(),
        freeText("andet", 1000).build(),
        scored("ja-nej", QuestionType.YES_NO).build(),
        scored("enig", QuestionType.AGREEMENT_5).build());

    @Test
    void theScoredQuestionsAreStoredInTheDefinitionsOrderOneByteEach() {
        assertThat(ScoredAnswers.keys(survey)).containsExactly("glad", "ti", "ja-nej", "enig");

        byte[] stored = ScoredAnswers.encode(survey, answers("andet", "Tak", "ti", "10", "hvor", "ude", "glad", "4", "ja-nej", "0"));

        assertThat(stored).containsExactly(2 + 4, 2 + 10, 2, ScoredAnswers.NO_ANSWER);
    }

    @Test
    void dontKnowAndUnansweredQuestionsHaveTheirOwnCodes() {
        byte[] stored = ScoredAnswers.encode(survey, answers("glad", DontKnow.VALUE));

        assertThat(stored).containsExactly(ScoredAnswers.DONT_KNOW, ScoredAnswers.NO_ANSWER, ScoredAnswers.NO_ANSWER, ScoredAnswers.NO_ANSWER);
    }

    @Test
    void answersThatDoNotFitAreLeftToTheAnswerRows() {
        assertThat(ScoredAnswers.encode(survey, answers("glad", "4", "glad", "5"))).as("two answers to one question").isNull();
        assertThat(ScoredAnswers.encode(survey, answers("glad", "meget"))).as("not a step").isNull();
        assertThat(ScoredAnswers.encode(survey, answers("glad", "-1"))).as("below a byte's steps").isNull();
        assertThat(ScoredAnswers.encode(survey, answers("glad", "126"))).as("above a byte's steps").isNull();
        assertThat(ScoredAnswers.encode(survey, answers("glad", "125"))).as("the highest step a byte holds").containsExactly(127, 0, 0, 0);
    }

    @Test
    void aSurveyWithMoreScoredQuestionsThanTheColumnHoldsIsLeftToTheAnswerRows() {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i <= ScoredAnswers.MAX_QUESTIONS; i++) {
            questions.add(scored("q" + i, QuestionType.YES_NO).build());
        }

        assertThat(ScoredAnswers.encode(survey(questions.toArray(Question[]::new)), answers("q0", "1"))).isNull();
    }
}
