package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.Scale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ResultsStatisticsTest {

    @Test
    void theWilsonIntervalMatchesAHandComputedExample() {
        // 8 of 10 positive: centre (0.8 + 1.92/10) / 1.384 = 0.7168, half width 0.2262 → 0.4902 to 0.9433.
        WilsonInterval interval = WilsonInterval.of(8, 10);

        assertThat(interval.lower()).isCloseTo(0.4902, within(0.0005));
        assertThat(interval.upper()).isCloseTo(0.9433, within(0.0005));
    }

    @Test
    void theWilsonIntervalStaysInsideZeroToOneAtTheEdges() {
        assertThat(WilsonInterval.of(0, 5).lower()).isZero();
        assertThat(WilsonInterval.of(0, 5).upper()).isCloseTo(0.4345, within(0.0005));
        assertThat(WilsonInterval.of(5, 5).upper()).isEqualTo(1.0);
        assertThat(WilsonInterval.of(5, 5).lower()).isCloseTo(0.5655, within(0.0005));
        assertThat(WilsonInterval.of(0, 0)).isEqualTo(new WilsonInterval(0, 1));
        assertThatThrownBy(() -> WilsonInterval.of(6, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGroupsFiguresLeaveDontKnowOutOfEverythingButItsOwnCount() {
        ScaleFigures figures = ScaleFigures.of(Scale.SMILEY_5, List.of("5", "4", "4", "3", "1", "ved-ikke", "ved-ikke"));

        assertThat(figures.n()).isEqualTo(5);
        assertThat(figures.dontKnow()).isEqualTo(2);
        assertThat(figures.mean()).isCloseTo(3.4, within(1e-9));
        assertThat(figures.sharePositive()).isCloseTo(0.6, within(1e-9));
        assertThat(figures.interval()).isEqualTo(WilsonInterval.of(3, 5));
        assertThat(figures.distribution()).containsEntry("5", 1).containsEntry("4", 2).containsEntry("3", 1)
            .containsEntry("2", 0).containsEntry("1", 1);
    }

    @Test
    void threeStepAnswersCountOnTheFiveStepMeasurement() {
        ScaleFigures figures = ScaleFigures.of(Scale.SMILEY_5, List.of(
            String.valueOf(Scale.fiveStepValueOfThreeStep(3)), String.valueOf(Scale.fiveStepValueOfThreeStep(1))));

        assertThat(figures.n()).isEqualTo(2);
        assertThat(figures.sharePositive()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aGroupWithNoAnswersHasNoShareAndTheWholeInterval() {
        ScaleFigures figures = ScaleFigures.of(Scale.SMILEY_5, List.of("ved-ikke"));

        assertThat(figures.n()).isZero();
        assertThat(figures.sharePositive()).isNaN();
        assertThat(figures.interval()).isEqualTo(new WilsonInterval(0, 1));
    }

    @Test
    void aValueThatIsNoStepOfTheScaleIsRefused() {
        assertThatThrownBy(() -> ScaleFigures.of(Scale.SMILEY_5, List.of("7"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangeIsBeyondNoiseOnlyWhenTheIntervalsDoNotOverlap() {
        ScaleFigures before = ScaleFigures.of(Scale.YES_NO, repeat("1", 20, "0", 80));
        ScaleFigures slightlyBetter = ScaleFigures.of(Scale.YES_NO, repeat("1", 25, "0", 75));
        ScaleFigures muchBetter = ScaleFigures.of(Scale.YES_NO, repeat("1", 70, "0", 30));

        assertThat(slightlyBetter.since(before).difference()).isCloseTo(0.05, within(1e-9));
        assertThat(slightlyBetter.since(before).beyondNoise()).isFalse();
        assertThat(muchBetter.since(before).beyondNoise()).isTrue();
    }

    @Test
    void groupsBelowTheMinimumAreHiddenAndSoIsTheirComplement() {
        Map<String, Integer> units = new LinkedHashMap<>();
        units.put("solvang", 12);
        units.put("havnevej", 3);
        units.put("skovly", 7);
        units.put("engparken", 9);

        assertThat(Suppression.hidden(units, 5)).containsExactlyInAnyOrder("havnevej", "skovly");
    }

    @Test
    void twoHiddenGroupsNeedNoComplementAndEmptyGroupsRevealNothing() {
        Map<String, Integer> units = new LinkedHashMap<>();
        units.put("solvang", 12);
        units.put("havnevej", 3);
        units.put("skovly", 2);
        units.put("engparken", 0);

        assertThat(Suppression.hidden(units, 5)).containsExactlyInAnyOrder("havnevej", "skovly");
    }

    @Test
    void aTotalBelowTheMinimumHidesEveryGroup() {
        assertThat(Suppression.hidden(Map.of("solvang", 2, "havnevej", 2), 5)).containsExactlyInAnyOrder("solvang", "havnevej");
    }

    @Test
    void largeEnoughGroupsAreAllShown() {
        assertThat(Suppression.hidden(Map.of("solvang", 5, "havnevej", 6), 5)).isEmpty();
    }

    private static List<String> repeat(String first, int firstCount, String second, int secondCount) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < firstCount; i++) {
            values.add(first);
        }
        for (int i = 0; i < secondCount; i++) {
            values.add(second);
        }
        return values;
    }
}
