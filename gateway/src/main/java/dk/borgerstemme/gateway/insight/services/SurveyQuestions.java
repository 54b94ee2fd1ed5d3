package dk.borgerstemme.gateway.insight.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The portal's own copy of the survey service's questions behind the measurement points of one wave
 * ({@code GET /api/surveys/{org}/waves/{wave}/questions}): one cell per question for the staff member's scope.
 * Fields the portal does not read are ignored.
 */
@Serdeable
public record SurveyQuestions(long wave, String waveName, @Nullable Long previousWave, @Nullable String previousWaveName, int minimumGroupSize,
                              String scope, @Nullable String unit, @Nullable List<String> units, @Nullable String point, List<Question> questions) {

    @Serdeable
    public record Question(
        String key,
        String point,
        String text,
        boolean suppressed,
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
        @Nullable Double previousSharePositive,
        @Nullable Double change,
        @Nullable Boolean changeBeyondNoise) {
    }

    @Serdeable
    public record Step(String value, String label, int count) {
    }
}
