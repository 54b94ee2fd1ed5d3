package dk.borgerstemme.complaint.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FigureStatisticsTest {

    @Test
    void thePoissonTestOfSmallCountsSumsTheExactBinomialProbabilities() {
        // k = 3, p = 1/2: probabilities 1/8, 3/8, 3/8, 1/8; 0 of 3 is as unlikely as 3 of 3.
        assertThat(FigureStatistics.poissonPValue(0, 1, 3, 1)).isCloseTo(0.25, within(1e-12));
        // k = 8, p = 1/2: (1 + 8 + 8 + 1) / 256.
        assertThat(FigureStatistics.poissonPValue(7, 1, 1, 1)).isCloseTo(18 / 256.0, within(1e-12));
        // Four times the exposure before: p = 1/4, and 4 of 4 (1/256) is the least likely outcome.
        assertThat(FigureStatistics.poissonPValue(4, 1, 0, 3)).isCloseTo(1 / 256.0, within(1e-12));
        assertThat(FigureStatistics.poissonPValue(0, 1, 0, 1)).isEqualTo(1.0);
    }

    @Test
    void aHalfYearOfTensOfThousandsOfComplaintsGetsTheExactValueNotAnOverflow() {
        // 20,200 against 19,800 at equal exposure: z = (200 - 0.5) / 100 = 1.995, so the normal approximation
        // gives 0.0460; the exact sum is 0.046042 (computed independently with a log-factorial table).
        assertThat(FigureStatistics.poissonPValue(20_200, 1, 19_800, 1)).isCloseTo(0.046042, within(1e-6));
        // A half-year of 182 days against one of 181 with about as many complaints a day.
        assertThat(FigureStatistics.poissonPValue(16_500, 182, 16_000, 181)).isCloseTo(0.022948, within(1e-6));
        assertThat(FigureStatistics.poissonPValue(20_000, 1, 20_000, 1)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void wilsonIntervalOfSevenOfNine() {
        double[] interval = FigureStatistics.wilson(7, 9);

        assertThat(interval[0]).isCloseTo(0.4526, within(0.00005));
        assertThat(interval[1]).isCloseTo(0.9368, within(0.00005));
    }
}
