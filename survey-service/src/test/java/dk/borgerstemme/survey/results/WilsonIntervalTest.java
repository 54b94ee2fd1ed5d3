package dk.borgerstemme.survey.results;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WilsonIntervalTest {

    private static final double EXACT = 1e-12;
    private static final double FOUR_DECIMALS = 0.00005;

    @Test
    void sevenPositiveOfTenWorkedByHand() {
        // p = 0.7, z² = 3.8416, 1 + z²/n = 1.38416, centre = (0.7 + 0.19208) / 1.38416 = 0.644492,
        // half width = 1.96 / 1.38416 · √(0.021 + 0.009604) = 1.416021 · 0.174940 = 0.247719
        WilsonInterval interval = WilsonInterval.of(7, 10);

        assertThat(interval.lower()).isCloseTo(0.3968, within(FOUR_DECIMALS));
        assertThat(interval.upper()).isCloseTo(0.8922, within(FOUR_DECIMALS));
    }

    @Test
    void sixtyOfAHundredIsNarrowerAndAroundTheShare() {
        WilsonInterval interval = WilsonInterval.of(60, 100);

        assertThat(interval.lower()).isCloseTo(0.5020, within(FOUR_DECIMALS));
        assertThat(interval.upper()).isCloseTo(0.6906, within(FOUR_DECIMALS));
        assertThat(interval.contains(0.6)).isTrue();
    }

    @Test
    void aSmallGroupGetsAWideIntervalThatIsNotSymmetricAroundTheShare() {
        WilsonInterval interval = WilsonInterval.of(2, 8);

        assertThat(interval.lower()).isCloseTo(0.0715, within(FOUR_DECIMALS));
        assertThat(interval.upper()).isCloseTo(0.5907, within(FOUR_DECIMALS));
        assertThat(0.25 - interval.lower()).isLessThan(interval.upper() - 0.25);
    }

    @Test
    void noPositiveStartsAtExactlyZeroAndReachesZSquaredOverNPlusZSquared() {
        WilsonInterval interval = WilsonInterval.of(0, 10);

        assertThat(interval.lower()).isEqualTo(0.0);
        assertThat(interval.upper()).isCloseTo(3.8416 / 13.8416, within(EXACT));
    }

    @Test
    void allPositiveEndsAtExactlyOneAndStartsAtNOverNPlusZSquared() {
        WilsonInterval interval = WilsonInterval.of(10, 10);

        assertThat(interval.upper()).isEqualTo(1.0);
        assertThat(interval.lower()).isCloseTo(10 / 13.8416, within(EXACT));
    }

    @Test
    void allPositiveOfFiveStaysWithinOneDespiteRounding() {
        // The formula gives 1.0000000000000002 here in floating point.
        assertThat(WilsonInterval.of(5, 5).upper()).isEqualTo(1.0);
        assertThat(WilsonInterval.of(5, 5).lower()).isCloseTo(5 / 8.8416, within(EXACT));
    }

    @Test
    void oneAnswerIsBarelyInformative() {
        assertThat(WilsonInterval.of(1, 1).lower()).isCloseTo(1 / 4.8416, within(EXACT));
        assertThat(WilsonInterval.of(1, 1).upper()).isEqualTo(1.0);
        assertThat(WilsonInterval.of(0, 1).lower()).isEqualTo(0.0);
        assertThat(WilsonInterval.of(0, 1).upper()).isCloseTo(3.8416 / 4.8416, within(EXACT));
    }

    @Test
    void noAnswersLeaveEveryShareOpen() {
        assertThat(WilsonInterval.of(0, 0)).isEqualTo(new WilsonInterval(0, 1));
    }

    @Test
    void aSmallerZGivesANarrowerInterval() {
        WilsonInterval oneSigma = WilsonInterval.of(7, 10, 1.0);

        assertThat(oneSigma.lower()).isCloseTo(0.5425, within(FOUR_DECIMALS));
        assertThat(oneSigma.upper()).isCloseTo(0.8212, within(FOUR_DECIMALS));
    }

    @Test
    void refusesCountsThatCannotBe() {
        assertThatThrownBy(() -> WilsonInterval.of(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WilsonInterval(0.6, 0.4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.ofShare(1.2, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.ofShare(-0.1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareOfRespondentsIsTheSameIntervalAsTheCountItStandsFor() {
        assertThat(WilsonInterval.ofShare(0.7, 10)).isEqualTo(WilsonInterval.of(7, 10));
        assertThat(WilsonInterval.ofShare(0, 4).lower()).isZero();
        assertThat(WilsonInterval.ofShare(1, 4).upper()).isEqualTo(1.0);
    }

    @Test
    void aShareBetweenWholeCountsLiesBetweenTheirIntervals() {
        // 0.625 of 4 respondents (2.5 "positives"): between 2 of 4 and 3 of 4.
        WilsonInterval between = WilsonInterval.ofShare(0.625, 4);

        assertThat(between.lower()).isBetween(WilsonInterval.of(2, 4).lower(), WilsonInterval.of(3, 4).lower());
        assertThat(between.upper()).isBetween(WilsonInterval.of(2, 4).upper(), WilsonInterval.of(3, 4).upper());
    }

    @Test
    void overlapIncludesTouchingEnds() {
        WilsonInterval low = new WilsonInterval(0.2, 0.5);

        assertThat(low.overlaps(new WilsonInterval(0.5, 0.9))).isTrue();
        assertThat(low.overlaps(new WilsonInterval(0.3, 0.4))).isTrue();
        assertThat(low.overlaps(new WilsonInterval(0.51, 0.9))).isFalse();
        assertThat(new WilsonInterval(0.51, 0.9).overlaps(low)).isFalse();
    }
}
