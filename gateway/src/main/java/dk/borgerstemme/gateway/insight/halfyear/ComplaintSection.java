package dk.borgerstemme.gateway.insight.halfyear;

import dk.borgerstemme.gateway.insight.PointDetail;
import dk.borgerstemme.gateway.insight.Texts;
import dk.borgerstemme.gateway.insight.Trend;
import dk.borgerstemme.gateway.insight.services.ComplaintFigures;
import dk.borgerstemme.platform.catalogue.Organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The complaint figures of the half-year status as tables, from the complaint service's figures of the half-year. */
final class ComplaintSection {

    private static final String SERVICE_LEVEL = "service-level";

    private final Texts texts;
    private final Organisation organisation;

    ComplaintSection(Texts texts, Organisation organisation) {
        this.texts = texts;
        this.organisation = organisation;
    }

    List<PointDetail.Breakdown> tables(ComplaintFigures figures) {
        List<PointDetail.Breakdown> tables = new ArrayList<>();
        tables.add(counts(figures));
        ComplaintFigures.Group total = figures.total();
        if (total.suppressed()) {
            return tables;
        }
        tables.add(facts("complaints-deadlines", "halfyear.complaints.deadlines", List.of(
            deadline("halfyear.complaints.acknowledged", total.acknowledgedWithinDeadline()),
            deadline("halfyear.complaints.answered", total.answeredWithinDeadline()),
            List.of(texts.say("halfyear.complaints.medianDays"), total.workingDaysToAnswer() == null ? "–" : texts.decimal(total.workingDaysToAnswer().median())),
            List.of(texts.say("halfyear.complaints.p90Days"), total.workingDaysToAnswer() == null ? "–" : texts.decimal(total.workingDaysToAnswer().p90())))));
        if (total.outcomes() != null) {
            tables.add(facts("complaints-outcomes", "halfyear.complaints.outcomes",
                total.outcomes().stream().map(outcome -> List.of(name(outcome.name(), outcome.outcome()), String.valueOf(outcome.count()))).toList()));
        }
        ComplaintFigures.Reconsiderations reconsiderations = total.reconsiderations();
        if (reconsiderations != null) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(texts.say("halfyear.complaints.reconsiderationsReceived"), String.valueOf(reconsiderations.received())));
            rows.add(List.of(texts.say("halfyear.complaints.reconsiderationsDecided"), String.valueOf(reconsiderations.decided())));
            rows.add(List.of(texts.say("halfyear.complaints.reconsiderationsInTime"), String.valueOf(reconsiderations.withinDeadline())));
            Objects.requireNonNullElse(reconsiderations.results(), List.<ComplaintFigures.Reconsiderations.Result>of())
                .forEach(result -> rows.add(List.of(name(result.name(), result.result()), String.valueOf(result.count()))));
            rows.add(List.of(texts.say("halfyear.complaints.forwarded"), String.valueOf(reconsiderations.forwardedToAnkestyrelsen())));
            Objects.requireNonNullElse(reconsiderations.ankestyrelsen(), List.<ComplaintFigures.Outcome>of()).forEach(outcome -> rows.add(List.of(
                texts.say("halfyear.complaints.ankestyrelsen", name(outcome.name(), outcome.outcome())), String.valueOf(outcome.count()))));
            rows.add(List.of(texts.say("halfyear.complaints.awaiting"), String.valueOf(reconsiderations.awaitingAnkestyrelsen())));
            tables.add(facts("complaints-reconsiderations", "halfyear.complaints.reconsiderations", rows));
        }
        if (total.breakdown() != null) {
            tables.add(serviceLevel(total.breakdown()));
        }
        if (total.topRootCauses() != null) {
            List<List<String>> rows = total.topRootCauses().stream().map(cause -> List.of(
                name(cause.name(), cause.rootCause()),
                String.valueOf(cause.count()),
                cause.learnings() == null ? "–" : cause.learnings().stream().map(ComplaintFigures.RootCause.Learning::text).collect(Collectors.joining(" · ")),
                cause.actions() == null ? "–" : cause.actions().stream().map(action -> action.text() + " ("
                    + texts.say(action.done() ? "halfyear.complaints.actionDone" : "halfyear.complaints.actionOpen") + ")").collect(Collectors.joining(" · "))))
                .toList();
            tables.add(new PointDetail.Breakdown("complaints-root-causes", texts.say("halfyear.complaints.rootCauses"),
                List.of(texts.say("halfyear.complaints.rootCause"), texts.say("insight.detail.count"), texts.say("halfyear.complaints.learnings"),
                    texts.say("halfyear.complaints.actions")), rows, rows.isEmpty() ? texts.say("insight.missing.noneClosed") : ""));
        }
        List<List<String>> other = new ArrayList<>();
        other.add(List.of(texts.say("halfyear.complaints.praise"), total.praise() == null ? "–" : String.valueOf(total.praise().count())));
        other.add(List.of(texts.say("halfyear.complaints.praiseRatio"), total.praise() == null ? "–" : texts.decimal(total.praise().praiseToComplaintRatio())));
        other.add(List.of(texts.say("halfyear.complaints.reopenRate"), total.reopened() == null ? "–"
            : texts.percent(total.reopened().rate()) + " (" + total.reopened().reopened() + "/" + total.reopened().closed() + ")"));
        other.add(List.of(texts.say("halfyear.complaints.learningShare"), total.followUp() == null ? "–" : texts.percent(total.followUp().shareWithLearning())));
        other.add(List.of(texts.say("halfyear.complaints.rating"), rating(figures, total.handlingRating())));
        tables.add(facts("complaints-other", "halfyear.complaints.other", other));
        tables.add(ratings(figures));
        return tables;
    }

    /**
     * Complaints about the service level the council set cannot be appealed; they are answered with that
     * explanation and passed on to the political level, which is told of them here, per category.
     */
    private PointDetail.Breakdown serviceLevel(List<ComplaintFigures.BreakdownRow> breakdown) {
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        breakdown.stream().filter(row -> SERVICE_LEVEL.equals(row.track()))
            .forEach(row -> perCategory.merge(name(row.categoryName(), row.category()), row.count(), Integer::sum));
        List<List<String>> rows = perCategory.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(category -> List.of(category.getKey(), String.valueOf(category.getValue()))).toList();
        return new PointDetail.Breakdown("complaints-service-level", texts.say("halfyear.complaints.serviceLevel"),
            List.of(texts.say("halfyear.complaints.category"), texts.say("insight.detail.count")), rows,
            texts.say(rows.isEmpty() ? "halfyear.complaints.serviceLevelNone" : "halfyear.complaints.serviceLevelNote"));
    }

    private PointDetail.Breakdown counts(ComplaintFigures figures) {
        List<List<String>> rows = new ArrayList<>();
        Stream.concat(figures.groups().stream(), Stream.of(figures.total())).forEach(group -> {
            String name = groupName(group);
            if (group.suppressed()) {
                rows.add(List.of(name, texts.say("insight.detail.suppressed"), "–", "–", "–", "–", "–", "–"));
                return;
            }
            Double change = group.change() == null ? null : group.change().complaintsPer100Citizens();
            Trend trend = Trend.of(change, group.change() == null ? null : group.change().beyondNoise());
            rows.add(List.of(name,
                texts.whole(group.counts() == null ? null : group.counts().complaints()),
                texts.decimal(group.complaintsPer100Citizens()),
                group.previous() == null ? "–" : texts.decimal(group.previous().complaintsPer100Citizens()),
                texts.signedDecimal(change),
                texts.say(trend.messageKey()),
                texts.whole(group.counts() == null ? null : group.counts().praise()),
                texts.whole(group.counts() == null ? null : group.counts().suggestions())));
        });
        return new PointDetail.Breakdown("complaints-counts", texts.say("halfyear.complaints.counts"),
            List.of(texts.say("insight.detail.group"), texts.say("insight.detail.complaints"), texts.say("insight.indicator.complaintsPer100"),
                texts.say("halfyear.complaints.previousPer100"), texts.say("insight.detail.change"), texts.say("insight.detail.trend"),
                texts.say("insight.kind.ros"), texts.say("insight.kind.forslag")), rows, "");
    }

    private List<String> deadline(String key, ComplaintFigures.DeadlineShare share) {
        if (share == null || share.share() == null) {
            return List.of(texts.say(key), texts.say("insight.missing.noneDue"));
        }
        Trend trend = Trend.of(share.change(), share.changeBeyondNoise());
        return List.of(texts.say(key), texts.say("halfyear.complaints.shareOf", texts.percent(share.share()), share.met(), share.due())
            + " – " + texts.say(trend.messageKey()));
    }

    /**
     * The complainants' rating of the handling per group (the organisation and, split by area, each area): share
     * positive, its 95 % interval and n, or why it is not shown.
     */
    private PointDetail.Breakdown ratings(ComplaintFigures figures) {
        List<List<String>> rows = new ArrayList<>();
        Stream.concat(Stream.of(figures.total()), figures.groups().stream()).forEach(group -> {
            ComplaintFigures.HandlingRating rating = group.handlingRating();
            if (group.suppressed() || rating == null || rating.suppressed() || rating.sharePositive() == null) {
                String why = group.suppressed() ? texts.say("insight.detail.suppressed") : rating(figures, rating);
                rows.add(List.of(groupName(group), why, "–", "–"));
                return;
            }
            rows.add(List.of(groupName(group), texts.percent(rating.sharePositive()),
                texts.percent(rating.wilsonLower()) + "–" + texts.percent(rating.wilsonUpper()), texts.whole(rating.n())));
        });
        return new PointDetail.Breakdown("complaints-rating", texts.say("halfyear.rating.heading"),
            List.of(texts.say("insight.detail.group"), texts.say("insight.indicator.sharePositive"), texts.say("halfyear.rating.interval"),
                texts.say("halfyear.rating.n")), rows, texts.say("halfyear.rating.note"));
    }

    /** The rating as one cell: value with interval and n, or plainly why there is none. */
    private String rating(ComplaintFigures figures, ComplaintFigures.HandlingRating rating) {
        if (rating == null) {
            return figures.missing("handlingRating").map(ComplaintFigures.Missing::reason)
                .map(reason -> reason.equals(ComplaintFigures.RATING_SURVEY_SERVICE_UNAVAILABLE) ? texts.say("halfyear.rating.surveyDown")
                    : texts.say("halfyear.rating.halfYearsOnly"))
                .orElse(texts.say("halfyear.complaints.ratingMissing"));
        }
        if (rating.suppressed()) {
            return texts.say("halfyear.rating.suppressed", figures.minimumGroupSize());
        }
        if (rating.sharePositive() == null) {
            return texts.say("halfyear.rating.nobody");
        }
        return texts.say("halfyear.complaints.ratingValue", texts.percent(rating.sharePositive()), texts.percent(rating.wilsonLower()),
            texts.percent(rating.wilsonUpper()), texts.whole(rating.n()));
    }

    private String groupName(ComplaintFigures.Group group) {
        return "total".equals(group.group()) || "organisation".equals(group.group()) ? texts.say("halfyear.complaints.total")
            : organisation.area(group.group()).map(area -> area.name().in(texts.locale()))
                .or(() -> organisation.unit(group.group()).map(unit -> unit.name().in(texts.locale()))).orElse(group.group());
    }

    private PointDetail.Breakdown facts(String id, String headingKey, List<List<String>> rows) {
        return new PointDetail.Breakdown(id, texts.say(headingKey), List.of(texts.say("halfyear.complaints.figure"), texts.say("halfyear.complaints.value")),
            rows, "");
    }

    private static String name(String name, String id) {
        return name == null ? id : name;
    }
}
