package dk.borgerstemme.survey.results;

import java.util.Optional;

/**
 * How the share positive moved from the previous wave of the same survey to this one, in shares
 * (0.10 is ten percentage points). {@code beyondNoise} is true when the two 95 % Wilson intervals do not
 * overlap. That is a conservative test: two intervals can overlap while the difference is still
 * significant, so some real changes are not marked, but a marked change is one a reader can trust, and
 * it is the same test a reader does by eye on a chart of the intervals. Figures to compare must both
 * be shown, so a caller compares only groups that are not suppressed in either wave.
 */
public record ChangeSincePreviousWave(double difference, boolean beyondNoise) {

    /** Empty when either wave has no scored answers: there is no share to compare. */
    public static Optional<ChangeSincePreviousWave> between(ScaleFigures previous, ScaleFigures current) {
        if (previous.sharePositive().isEmpty() || current.sharePositive().isEmpty()) {
            return Optional.empty();
        }
        double difference = current.sharePositive().getAsDouble() - previous.sharePositive().getAsDouble();
        return Optional.of(new ChangeSincePreviousWave(difference, !previous.interval().overlaps(current.interval())));
    }
}
