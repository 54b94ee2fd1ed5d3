package dk.borgerstemme.gateway.insight.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The portal's own copy of the complaint figures of one period (docs/complaint-figures-api.md).
 * A suppressed group has every figure null.
 */
@Serdeable
public record ComplaintFigures(
    String organisation,
    String period,
    @Nullable LocalDate periodStart,
    @Nullable LocalDate periodEnd,
    @Nullable String previousPeriod,
    boolean complete,
    @Nullable LocalDate asOf,
    String by,
    int minimumGroupSize,
    @Nullable Scope scope,
    @Nullable List<Group> groups,
    Group total,
    @Nullable String handlingRatingPeriod,
    @Nullable List<Missing> missing) {

    /** {@link Missing#reason()} when the complaint service could not read the rating from survey-service. */
    public static final String RATING_SURVEY_SERVICE_UNAVAILABLE = "survey-service-unavailable";

    public ComplaintFigures {
        groups = groups == null ? List.of() : groups;
        missing = missing == null ? List.of() : missing;
    }

    /** Why a figure is null in every group: {@code handlingRating} with {@code survey-service-unavailable} or {@code half-years-only}. */
    public Optional<Missing> missing(String figure) {
        return missing.stream().filter(each -> figure.equals(each.figure())).findFirst();
    }

    @Serdeable
    public record Missing(String figure, @Nullable String reason, @Nullable String text) {
    }

    public Optional<Group> group(String id) {
        return groups.stream().filter(group -> group.group().equals(id)).findFirst();
    }

    @Serdeable
    public record Scope(String kind, @Nullable List<String> units) {
    }

    @Serdeable
    public record Group(
        String group,
        @Nullable String name,
        boolean suppressed,
        @Nullable Integer citizensServed,
        @Nullable Integer cases,
        @Nullable Counts counts,
        @Nullable List<BreakdownRow> breakdown,
        @Nullable Double complaintsPer100Citizens,
        @Nullable Previous previous,
        @Nullable Change change,
        @Nullable DeadlineShare acknowledgedWithinDeadline,
        @Nullable DeadlineShare answeredWithinDeadline,
        @Nullable WorkingDays workingDaysToAnswer,
        @Nullable List<Outcome> outcomes,
        @Nullable Reconsiderations reconsiderations,
        @Nullable FollowUp followUp,
        @Nullable List<RootCause> topRootCauses,
        @Nullable Praise praise,
        @Nullable Reopened reopened,
        @Nullable HandlingRating handlingRating) {
    }

    @Serdeable
    public record Counts(int complaints, int praise, int suggestions) {
    }

    @Serdeable
    public record BreakdownRow(String kind, String track, @Nullable String trackName, String category,
                               @Nullable String categoryName, int count) {
    }

    @Serdeable
    public record Previous(@Nullable Integer complaints, @Nullable Double complaintsPer100Citizens, @Nullable Integer praise) {
    }

    @Serdeable
    public record Change(@Nullable Integer complaints, @Nullable Double complaintsPer100Citizens, @Nullable Double pValue,
                         @Nullable Boolean beyondNoise) {
    }

    @Serdeable
    public record DeadlineShare(int due, int met, @Nullable Double share, @Nullable Double wilsonLower, @Nullable Double wilsonUpper,
                                @Nullable Double previousShare, @Nullable Double change, @Nullable Boolean changeBeyondNoise) {
    }

    @Serdeable
    public record WorkingDays(int n, @Nullable Double median, @Nullable Double p90, @Nullable Double previousMedian) {
    }

    @Serdeable
    public record Outcome(String outcome, @Nullable String name, int count) {
    }

    @Serdeable
    public record Reconsiderations(int received, int decided, int withinDeadline, @Nullable List<Result> results, int forwardedToAnkestyrelsen,
                                   @Nullable List<Outcome> ankestyrelsen, int awaitingAnkestyrelsen) {

        @Serdeable
        public record Result(String result, @Nullable String name, int count) {
        }
    }

    @Serdeable
    public record FollowUp(int closed, int closedWithLearning, @Nullable Double shareWithLearning, @Nullable Actions actions) {

        @Serdeable
        public record Actions(int open, int done, int overdue) {
        }
    }

    @Serdeable
    public record RootCause(String rootCause, @Nullable String name, int count, @Nullable List<Learning> learnings, @Nullable List<Action> actions) {

        @Serdeable
        public record Learning(String text, @Nullable String unit, @Nullable LocalDate closedOn) {
        }

        @Serdeable
        public record Action(String text, @Nullable String unit, @Nullable LocalDate dueOn, boolean done) {
        }
    }

    @Serdeable
    public record Praise(int count, @Nullable Double praiseToComplaintRatio) {
    }

    @Serdeable
    public record Reopened(int closed, int reopened, @Nullable Double rate) {
    }

    @Serdeable
    public record HandlingRating(boolean suppressed, @Nullable Integer n, @Nullable Double sharePositive, @Nullable Double wilsonLower,
                                 @Nullable Double wilsonUpper) {
    }
}
