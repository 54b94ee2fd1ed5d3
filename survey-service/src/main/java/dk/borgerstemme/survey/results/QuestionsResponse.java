package dk.borgerstemme.survey.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The questions behind the measurement points of a wave, as the API sends them: one cell per question for the
 * asked scope ({@code organisation}, {@code unit} with {@code unit} set, or a unit leader's own {@code units}). Shares
 * are between 0 and 1, a change is a difference of shares. A suppressed question has {@code suppressed: true} and
 * every number null. n counts the respondents who gave the question a scored answer; "Ved ikke" is counted in
 * {@code dontKnow} and nowhere else. {@code comparison} is {@code none} without a previous wave, {@code like-for-like}
 * when both waves ask the question alike (then {@code change} is set where both waves show it), {@code new} or
 * {@code changed} otherwise, with {@code notLikeForLike} saying why in the request's language and {@code changedAspects}
 * what changed.
 */
@Serdeable
record QuestionsResponse(long wave, String waveName, @Nullable Long previousWave, @Nullable String previousWaveName, int minimumGroupSize,
                         String scope, @Nullable String unit, @Nullable List<String> units, @Nullable String point, List<QuestionCell> questions) {

    @Serdeable
    record QuestionCell(
        String key,
        String point,
        String pointName,
        String text,
        String scale,
        boolean suppressed,
        @Nullable String suppressedBecause,
        @Nullable Integer n,
        @Nullable Integer dontKnow,
        @Nullable Double sharePositive,
        @Nullable Double mean,
        @Nullable List<Step> distribution,
        @Nullable Double wilsonLower,
        @Nullable Double wilsonUpper,
        String comparison,
        @Nullable Boolean likeForLike,
        @Nullable String notLikeForLike,
        @Nullable List<String> changedAspects,
        @Nullable Double previousSharePositive,
        @Nullable Integer previousN,
        @Nullable Double change,
        @Nullable Boolean changeBeyondNoise) {
    }

    /** One step of the question's scale with its label in the request's language and how many chose it. */
    @Serdeable
    record Step(String value, String label, int count) {
    }
}
