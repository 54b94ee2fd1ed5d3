package dk.borgerstemme.survey.definition;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaleTest {

    private static final List<Scale> ALL_SCALES = List.of(Scale.SMILEY_3, Scale.SMILEY_5, Scale.AGREEMENT_5, Scale.YES_NO,
        Scale.ZERO_TO_TEN, Scale.SMILEY_5_IN_THREE_STEPS, Scale.AGREEMENT_5_IN_THREE_STEPS);

    @Test
    void everyStepOfEveryScaleHasAVisibleLabelInDanishAndEnglish() {
        ALL_SCALES.stream().flatMap(scale -> scale.steps().stream()).forEach(step -> {
            assertThat(step.label().da()).as(step.value()).isNotBlank();
            assertThat(step.label().en()).as(step.value()).isNotBlank();
        });
    }

    @Test
    void theSmileyScalesRunFromVeryDissatisfiedToVerySatisfiedWithAFaceBesideEveryLabel() {
        assertThat(Scale.SMILEY_5.steps()).extracting(step -> step.label().da())
            .containsExactly("Meget utilfreds", "Utilfreds", "Hverken tilfreds eller utilfreds", "Tilfreds", "Meget tilfreds");
        assertThat(Scale.SMILEY_5.steps()).extracting(ScaleStep::face)
            .containsExactly(Face.VERY_UNHAPPY, Face.UNHAPPY, Face.NEUTRAL, Face.HAPPY, Face.VERY_HAPPY);
        assertThat(Scale.SMILEY_3.steps()).extracting(ScaleStep::face).containsExactly(Face.UNHAPPY, Face.NEUTRAL, Face.HAPPY);
        assertThat(Scale.SMILEY_3.steps()).extracting(step -> step.label().en()).containsExactly("Dissatisfied", "In between", "Satisfied");
    }

    @Test
    void theAgreementScaleRunsFromStronglyDisagreeToStronglyAgreeWithoutFaces() {
        assertThat(Scale.AGREEMENT_5.steps()).extracting(step -> step.label().da())
            .containsExactly("Helt uenig", "Uenig", "Hverken enig eller uenig", "Enig", "Helt enig");
        assertThat(Scale.AGREEMENT_5.steps()).extracting(ScaleStep::face).containsOnlyNulls();
    }

    @Test
    void theTopTwoStepsOfAFiveStepScaleArePositive() {
        assertThat(positiveValues(Scale.SMILEY_5)).containsExactly("4", "5");
        assertThat(positiveValues(Scale.AGREEMENT_5)).containsExactly("4", "5");
    }

    @Test
    void onlyTheTopStepOfAThreeStepScaleIsPositive() {
        assertThat(positiveValues(Scale.SMILEY_3)).containsExactly("3");
        assertThat(positiveValues(Scale.SMILEY_5_IN_THREE_STEPS)).containsExactly("5");
        assertThat(positiveValues(Scale.AGREEMENT_5_IN_THREE_STEPS)).containsExactly("5");
    }

    @Test
    void onTheZeroToTenScaleNineAndTenArePositiveAndBothEndsSayWhatTheyMean() {
        assertThat(Scale.ZERO_TO_TEN.values()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(positiveValues(Scale.ZERO_TO_TEN)).containsExactly("9", "10");
        assertThat(Scale.ZERO_TO_TEN.step("0").orElseThrow().label().da()).isEqualTo("0 – Slet ikke");
        assertThat(Scale.ZERO_TO_TEN.step("10").orElseThrow().label().en()).isEqualTo("10 – To a very great extent");
        assertThat(Scale.ZERO_TO_TEN.step("5").orElseThrow().label().da()).isEqualTo("5");
    }

    @Test
    void yesIsPositiveAndIsStoredAsOneSoTheMeanIsTheShareOfYes() {
        assertThat(Scale.YES_NO.steps()).extracting(step -> step.label().da()).containsExactly("Ja", "Nej");
        assertThat(Scale.YES_NO.values()).containsExactly("1", "0");
        assertThat(positiveValues(Scale.YES_NO)).containsExactly("1");
    }

    @Test
    void aThreeStepAnswerIsStoredOnTheFiveStepScaleAsOneThreeOrFive() {
        assertThat(Stream.of(1, 2, 3).map(Scale::fiveStepValueOfThreeStep)).containsExactly(1, 3, 5);
        assertThat(Scale.SMILEY_5_IN_THREE_STEPS.values()).containsExactly("1", "3", "5");
        assertThat(Scale.AGREEMENT_5_IN_THREE_STEPS.values()).containsExactly("1", "3", "5");
        assertThat(Scale.SMILEY_5.values()).containsAll(Scale.SMILEY_5_IN_THREE_STEPS.values());
    }

    @Test
    void aThreeStepAnswerIsPositiveExactlyWhenItsFiveStepValueIs() {
        for (Scale variant : List.of(Scale.SMILEY_5_IN_THREE_STEPS, Scale.AGREEMENT_5_IN_THREE_STEPS)) {
            Scale full = variant == Scale.SMILEY_5_IN_THREE_STEPS ? Scale.SMILEY_5 : Scale.AGREEMENT_5;
            variant.steps().forEach(step -> assertThat(full.isPositive(step.value())).as(variant.id() + " " + step.value())
                .isEqualTo(step.positive()));
        }
    }

    @Test
    void thereIsNoFourthStepOnAThreeStepScale() {
        assertThatThrownBy(() -> Scale.fiveStepValueOfThreeStep(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scale.fiveStepValueOfThreeStep(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheFiveStepTypesHaveAThreeStepVariant() {
        assertThat(QuestionType.SMILEY_5.threeStepVariant()).contains(Scale.SMILEY_5_IN_THREE_STEPS);
        assertThat(QuestionType.AGREEMENT_5.threeStepVariant()).contains(Scale.AGREEMENT_5_IN_THREE_STEPS);
        Stream.of(QuestionType.SMILEY_3, QuestionType.YES_NO, QuestionType.SCALE_0_10, QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_CHOICE, QuestionType.FREE_TEXT)
            .forEach(type -> assertThat(type.threeStepVariant()).as(type.id()).isEmpty());
    }

    @Test
    void dontKnowIsStoredButNeverScoredNorPositive() {
        assertThat(Scale.SMILEY_5.score(DontKnow.VALUE)).isEmpty();
        assertThat(Scale.SMILEY_5.isPositive(DontKnow.VALUE)).isFalse();
        assertThat(Scale.SMILEY_5.score("4")).hasValue(4);
        assertThat(DontKnow.LABEL.da()).isEqualTo("Ved ikke / ikke relevant");
    }

    @Test
    void exactlyTheScaleTypesAreScored() {
        assertThat(Stream.of(QuestionType.values()).filter(QuestionType::isScored))
            .containsExactly(QuestionType.SMILEY_3, QuestionType.SMILEY_5, QuestionType.AGREEMENT_5, QuestionType.YES_NO, QuestionType.SCALE_0_10);
    }

    @Test
    void aSurveyShowsTheThreeStepVariantOnlyWhenItAllowsItAndTheRespondentAsks() {
        Question smiley = SurveyFixture.scored("glad", QuestionType.SMILEY_5).build();
        SurveyDefinition allows = SurveyFixture.survey(smiley);
        SurveyDefinition refuses = new SurveyDefinition(allows.id(), allows.kind(), allows.title(), allows.intro(), allows.minutes(),
            allows.framework(), allows.respondentRoles(), false, allows.questions());

        assertThat(allows.stepsFor(smiley, true)).isEqualTo(Scale.SMILEY_5_IN_THREE_STEPS.steps());
        assertThat(allows.stepsFor(smiley, false)).isEqualTo(Scale.SMILEY_5.steps());
        assertThat(refuses.stepsFor(smiley, true)).isEqualTo(Scale.SMILEY_5.steps());
        assertThat(allows.stepsFor(SurveyFixture.scored("ja", QuestionType.YES_NO).build(), true)).isEqualTo(Scale.YES_NO.steps());
        assertThat(allows.stepsFor(SurveyFixture.freeText("andet", 500).build(), true)).isEmpty();
    }

    private static List<String> positiveValues(Scale scale) {
        return scale.steps().stream().filter(ScaleStep::positive).map(ScaleStep::value).toList();
    }
}
