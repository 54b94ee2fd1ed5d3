package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Scale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChangeSincePreviousWaveTest {

    @Test
    void aRiseFromFortyFiveToSeventyFivePercentOfAHundredIsBeyondNoise() {
        // 45 of 100: [0.3561, 0.5476]; 75 of 100: [0.6570, 0.8245]: they do not overlap.
        ChangeSincePreviousWave change = ChangeSincePreviousWave.between(yesOf(45, 100), yesOf(75, 100)).orElseThrow();

        assertThat(change.difference()).isCloseTo(0.30, within(1e-12));
        assertThat(change.beyondNoise()).isTrue();
    }

    @Test
    void aFallIsNegativeAndBeyondNoiseTheSameWay() {
        ChangeSincePreviousWave change = ChangeSincePreviousWave.between(yesOf(75, 100), yesOf(45, 100)).orElseThrow();

        assertThat(change.difference()).isCloseTo(-0.30, within(1e-12));
        assertThat(change.beyondNoise()).isTrue();
    }

    @Test
    void theSameRiseInSmallGroupsIsWithinNoise() {
        // 3 of 5: [0.2307, 0.8824]; 4 of 5: [0.3755, 0.9638].
        ChangeSincePreviousWave change = ChangeSincePreviousWave.between(yesOf(3, 5), yesOf(4, 5)).orElseThrow();

        assertThat(change.difference()).isCloseTo(0.20, within(1e-12));
        assertThat(change.beyondNoise()).isFalse();
    }

    @Test
    void sixtyOfAHundredAfterFortyFiveIsWithinNoiseAsTheIntervalsJustOverlap() {
        // 45 of 100 up to 0.5476, 60 of 100 from 0.5020.
        ChangeSincePreviousWave change = ChangeSincePreviousWave.between(yesOf(45, 100), yesOf(60, 100)).orElseThrow();

        assertThat(change.difference()).isCloseTo(0.15, within(1e-12));
        assertThat(change.beyondNoise()).isFalse();
    }

    @Test
    void noChangeWhenEitherWaveHasNoScoredAnswers() {
        ScaleFigures onlyDontKnow = ScaleFigures.of(Scale.YES_NO, List.of(DontKnow.VALUE));

        assertThat(ChangeSincePreviousWave.between(onlyDontKnow, yesOf(5, 10))).isEmpty();
        assertThat(ChangeSincePreviousWave.between(yesOf(5, 10), onlyDontKnow)).isEmpty();
    }

    private static ScaleFigures yesOf(int yes, int n) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(i < yes ? "1" : "0");
        }
        return ScaleFigures.of(Scale.YES_NO, answers);
    }
}
