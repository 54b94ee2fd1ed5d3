package dk.borgerstemme.survey.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The results of a wave as the API sends them. Shares are between 0 and 1; a change is a difference of
 * shares. A suppressed cell has {@code suppressed: true} and every number null. With n = 0 there is no
 * share, mean or interval; without codes issued (split by way of answering) no response rate. Mean and
 * distribution are absent for a point fed by questions on different scales ({@code scale} null). n counts
 * respondents, {@code answers} their scored answers, {@code dontKnow} the "Ved ikke" answers.
 *
 * <p>In a combined split ({@code by=unit,role}) {@code groups} are the inner cells, named {@code row/column},
 * and {@code rows} and {@code columns} the margins (the cells of the two single splits); otherwise those are null.
 * {@code likeForLike} is null without a previous wave; when false, {@code notLikeForLike} says in the request's
 * language why, and the change is computed on the questions listed in {@code comparedOn}.
 */
@Serdeable
record ResultsResponse(long wave, String waveName, String by, int minimumGroupSize, @Nullable Long previousWave, List<Point> points) {

    @Serdeable
    record Point(String point, String name, List<Cell> groups, @Nullable List<Cell> rows, @Nullable List<Cell> columns, Cell total,
                 @Nullable Boolean likeForLike, @Nullable String notLikeForLike, @Nullable List<String> comparedOn) {
    }

    @Serdeable
    record Cell(
        String group,
        boolean suppressed,
        @Nullable Integer responses,
        @Nullable Integer codesIssued,
        @Nullable Double responseRate,
        @Nullable Integer n,
        @Nullable Integer answers,
        @Nullable Integer dontKnow,
        @Nullable Double sharePositive,
        @Nullable Double mean,
        @Nullable String scale,
        @Nullable Map<String, Integer> distribution,
        @Nullable Double wilsonLower,
        @Nullable Double wilsonUpper,
        @Nullable Double change,
        @Nullable Boolean changeBeyondNoise) {

        static Cell of(GroupResult result) {
            if (result.shown().isEmpty()) {
                return new Cell(result.group(), true, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
            }
            GroupResult.Shown shown = result.shown().get();
            ScaleFigures figures = shown.figures();
            return new Cell(result.group(), false,
                shown.responses(),
                shown.codesIssued().isPresent() ? shown.codesIssued().getAsInt() : null,
                shown.responseRate().isPresent() ? shown.responseRate().getAsDouble() : null,
                figures.n(),
                figures.answers(),
                figures.dontKnow(),
                figures.sharePositive().isPresent() ? figures.sharePositive().getAsDouble() : null,
                figures.mean().isPresent() ? figures.mean().getAsDouble() : null,
                figures.scale().orElse(null),
                figures.distribution().isEmpty() ? null : figures.distribution(),
                figures.n() == 0 ? null : figures.interval().lower(),
                figures.n() == 0 ? null : figures.interval().upper(),
                shown.change().map(ChangeSincePreviousWave::difference).orElse(null),
                shown.change().map(ChangeSincePreviousWave::beyondNoise).orElse(null));
        }
    }
}
