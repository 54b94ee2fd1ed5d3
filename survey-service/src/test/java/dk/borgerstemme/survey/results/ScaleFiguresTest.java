package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Scale;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScaleFiguresTest {

    private static final String DONT_KNOW = DontKnow.VALUE;

    @Test
    void aFiveStepSmileyGroupWorkedByHand() {
        // 10 scored answers: 1, 2, 3, 3, 4, 4, 4, 5, 5, 5 and 2 × "ved ikke".
        // mean = 36 / 10 = 3.6; positive = 4 and 5 = 6 of 10.
        ScaleFigures figures = ScaleFigures.of(Scale.SMILEY_5,
            List.of("4", "5", DONT_KNOW, "1", "3", "4", "5", "2", "3", DONT_KNOW, "4", "5"));

        assertThat(figures.scale()).contains("smiley-5");
        assertThat(figures.n()).isEqualTo(10);
        assertThat(figures.dontKnow()).isEqualTo(2);
        assertThat(figures.positives()).isEqualTo(6.0);
        assertThat(figures.mean().getAsDouble()).isCloseTo(3.6, within(1e-12));
        assertThat(figures.sharePositive().getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(figures.distribution()).containsExactly(
            entry("1", 1), entry("2", 1), entry("3", 2), entry("4", 3), entry("5", 3));
        assertThat(figures.interval()).isEqualTo(WilsonInterval.of(6, 10));
    }

    @Test
    void theDistributionListsEveryStepInTheOrderShownAlsoWhenNobodyChoseIt() {
        ScaleFigures figures = ScaleFigures.of(Scale.YES_NO, List.of("1", "1", "1"));

        assertThat(figures.distribution()).containsExactly(entry("1", 3), entry("0", 0));
        assertThat(figures.mean().getAsDouble()).isEqualTo(1.0);
        assertThat(figures.sharePositive().getAsDouble()).isEqualTo(1.0);
        assertThat(figures.interval().upper()).isEqualTo(1.0);
    }

    @Test
    void yesNoMeanIsTheShareOfYes() {
        ScaleFigures figures = ScaleFigures.of(Scale.YES_NO, List.of("1", "0", "0", "1", "0"));

        assertThat(figures.mean().getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(figures.sharePositive().getAsDouble()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void onZeroToTenOnlyNineAndTenArePositive() {
        // 0 + 5 + 8 + 9 + 10 = 32, mean 6.4; positive 9 and 10 = 2 of 5.
        ScaleFigures figures = ScaleFigures.of(Scale.ZERO_TO_TEN, List.of("0", "5", "8", "9", "10"));

        assertThat(figures.n()).isEqualTo(5);
        assertThat(figures.positives()).isEqualTo(2.0);
        assertThat(figures.mean().getAsDouble()).isCloseTo(6.4, within(1e-12));
        assertThat(figures.distribution()).hasSize(11).containsEntry("0", 1).containsEntry("7", 0).containsEntry("10", 1);
    }

    @Test
    void onAThreeStepSmileyOnlyTheTopStepIsPositiveAndTheMeanIsOnOneToThree() {
        // 1 + 2 + 3 + 3 = 9, mean 2.25; positive 2 of 4.
        ScaleFigures figures = ScaleFigures.of(Scale.SMILEY_3, List.of("1", "2", "3", "3"));

        assertThat(figures.positives()).isEqualTo(2.0);
        assertThat(figures.mean().getAsDouble()).isCloseTo(2.25, within(1e-12));
    }

    @Test
    void answersGivenOnThreeStepsAreStoredOnFiveAndCountTheSame() {
        // Utilfreds → 1, Midt imellem → 3, Tilfreds → 5: mean (1 + 3 + 5 + 5) / 4 = 3.5, positive 2 of 4.
        ScaleFigures figures = ScaleFigures.of(Scale.SMILEY_5, List.of("1", "3", "5", "5"));

        assertThat(figures.mean().getAsDouble()).isCloseTo(3.5, within(1e-12));
        assertThat(figures.sharePositive().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(figures.distribution()).containsExactly(
            entry("1", 1), entry("2", 0), entry("3", 1), entry("4", 0), entry("5", 2));
    }

    @Test
    void onlyDontKnowMeansNoScoredAnswersAndNoFigures() {
        ScaleFigures figures = ScaleFigures.of(Scale.AGREEMENT_5, List.of(DONT_KNOW, DONT_KNOW));

        assertThat(figures.n()).isZero();
        assertThat(figures.dontKnow()).isEqualTo(2);
        assertThat(figures.mean()).isEmpty();
        assertThat(figures.sharePositive()).isEmpty();
        assertThat(figures.distribution().values()).containsOnly(0);
        assertThat(figures.interval()).isEqualTo(new WilsonInterval(0, 1));
    }

    @Test
    void noAnswersAtAll() {
        ScaleFigures figures = ScaleFigures.of(Scale.SMILEY_5, List.of());

        assertThat(figures.n()).isZero();
        assertThat(figures.dontKnow()).isZero();
        assertThat(figures.mean()).isEmpty();
    }

    @Test
    void aValueThatIsNotOnTheScaleIsRefusedNotSkipped() {
        assertThatThrownBy(() -> ScaleFigures.of(Scale.SMILEY_3, List.of("1", "4")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'4'").hasMessageContaining("smiley-3");
    }

    @Test
    void theDistributionCannotBeChangedFromOutside() {
        Map<String, Integer> distribution = ScaleFigures.of(Scale.YES_NO, List.of("1")).distribution();

        assertThatThrownBy(() -> distribution.put("1", 5)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPointOfSeveralQuestionsIsFiguredRespondentByRespondentSoNCountsPeopleNotAnswers() {
        // Two smiley-5 questions. R1 4, 5 → share 2/2 = 1, mean 4.5; R2 2, ved ikke → 0, mean 2;
        // R3 5, 5 → 1, mean 5; R4 3, 4 → 0.5, mean 3.5; R5 only ved ikke → not in n.
        // n 4, share (1 + 0 + 1 + 0.5) / 4 = 0.625, mean (4.5 + 2 + 5 + 3.5) / 4 = 3.75.
        // Wilson for 0.625 of 4: 1 + z²/n = 1.9604, centre (0.625 + 0.4802) / 1.9604 = 0.563763,
        // half width 1.96 / 1.9604 · √(0.058594 + 0.060025) = 0.344341, so [0.2194, 0.9081]. Counting the
        // seven answers as independent would have given 5 of 7 and [0.3589, 0.9178], too narrow.
        ScaleFigures point = ScaleFigures.ofRespondents(List.of(Scale.SMILEY_5, Scale.SMILEY_5), List.of(
            answers(Scale.SMILEY_5, "4", "5"), answers(Scale.SMILEY_5, "2", DONT_KNOW), answers(Scale.SMILEY_5, "5", "5"),
            answers(Scale.SMILEY_5, "3", "4"), answers(Scale.SMILEY_5, DONT_KNOW, DONT_KNOW)));

        assertThat(point.scale()).contains("smiley-5");
        assertThat(point.n()).isEqualTo(4);
        assertThat(point.answers()).isEqualTo(7);
        assertThat(point.dontKnow()).isEqualTo(3);
        assertThat(point.positives()).isCloseTo(2.5, within(1e-12));
        assertThat(point.sharePositive().getAsDouble()).isCloseTo(0.625, within(1e-12));
        assertThat(point.mean().getAsDouble()).isCloseTo(3.75, within(1e-12));
        assertThat(point.distribution()).containsExactly(
            entry("1", 0), entry("2", 1), entry("3", 1), entry("4", 2), entry("5", 3));
        assertThat(point.interval().lower()).isCloseTo(0.2194, within(0.00005));
        assertThat(point.interval().upper()).isCloseTo(0.9081, within(0.00005));
    }

    @Test
    void questionsOnDifferentScalesGiveAShareButNoMeanOrDistribution() {
        // R1 smiley 4 (positive) and 0–10 3 → 0.5; R2 smiley 1 → 0; R3 0–10 10 → 1: share 1.5 / 3 = 0.5.
        ScaleFigures point = ScaleFigures.ofRespondents(List.of(Scale.SMILEY_5, Scale.ZERO_TO_TEN), List.of(
            List.of(new ScaleFigures.Answer(Scale.SMILEY_5, "4"), new ScaleFigures.Answer(Scale.ZERO_TO_TEN, "3")),
            answers(Scale.SMILEY_5, "1"), answers(Scale.ZERO_TO_TEN, "10")));

        assertThat(point.scale()).isEmpty();
        assertThat(point.n()).isEqualTo(3);
        assertThat(point.answers()).isEqualTo(4);
        assertThat(point.sharePositive().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(point.mean()).isEmpty();
        assertThat(point.distribution()).isEmpty();
        assertThat(point.interval()).isEqualTo(WilsonInterval.ofShare(0.5, 3));
    }

    @Test
    void respondentsWithOnlyDontKnowGiveNoFigures() {
        ScaleFigures point = ScaleFigures.ofRespondents(List.of(Scale.SMILEY_5, Scale.SMILEY_5),
            List.of(answers(Scale.SMILEY_5, DONT_KNOW), answers(Scale.SMILEY_5)));

        assertThat(point.n()).isZero();
        assertThat(point.dontKnow()).isEqualTo(1);
        assertThat(point.mean()).isEmpty();
        assertThat(point.sharePositive()).isEmpty();
    }

    private static List<ScaleFigures.Answer> answers(Scale scale, String... values) {
        return java.util.Arrays.stream(values).map(value -> new ScaleFigures.Answer(scale, value)).toList();
    }
}
