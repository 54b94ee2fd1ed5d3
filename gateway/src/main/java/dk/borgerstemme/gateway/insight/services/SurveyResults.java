package dk.borgerstemme.gateway.insight.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's own copy of the survey service's results of one wave (GET /api/surveys/{org}/waves/{wave}/results).
 * Fields the portal does not read are ignored; {@code likeForLike} (null without a previous wave) and
 * {@code notLikeForLike} (why not, in the asked language) may be absent.
 */
@Serdeable
public record SurveyResults(long wave, String waveName, String by, int minimumGroupSize, @Nullable Long previousWave, List<Point> points) {

    public Optional<Point> point(String id) {
        return points.stream().filter(point -> point.point().equals(id)).findFirst();
    }

    @Serdeable
    public record Point(String point, String name, List<Cell> groups, Cell total, @Nullable Boolean likeForLike, @Nullable String notLikeForLike) {

        public Optional<Cell> group(String id) {
            return groups.stream().filter(cell -> cell.group().equals(id)).findFirst();
        }

        /** Null when the comparison with the previous wave is like for like (or there is none); else why not, possibly empty. */
        public @Nullable String comparisonNote() {
            return Boolean.FALSE.equals(likeForLike) ? (notLikeForLike == null ? "" : notLikeForLike) : null;
        }
    }

    @Serdeable
    public record Cell(
        String group,
        boolean suppressed,
        @Nullable Integer responses,
        @Nullable Integer codesIssued,
        @Nullable Double responseRate,
        @Nullable Integer n,
        @Nullable Integer dontKnow,
        @Nullable Double sharePositive,
        @Nullable Double mean,
        @Nullable String scale,
        @Nullable Map<String, Integer> distribution,
        @Nullable Double wilsonLower,
        @Nullable Double wilsonUpper,
        @Nullable Double change,
        @Nullable Boolean changeBeyondNoise) {

        public boolean hasShare() {
            return !suppressed && sharePositive != null;
        }
    }
}
