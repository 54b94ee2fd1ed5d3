package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.chart.Chart;
import dk.borgerstemme.gateway.insight.chart.ChartDrawing;
import dk.borgerstemme.gateway.insight.chart.Series;
import dk.borgerstemme.gateway.insight.services.ComplaintFigures;
import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.SurveyResults;
import dk.borgerstemme.gateway.insight.services.SurveyWave;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;

import static dk.borgerstemme.platform.catalogue.MeasurementPoint.ANSWERED_WITHIN_DEADLINE;
import static dk.borgerstemme.platform.catalogue.MeasurementPoint.CLOSED_WITH_LEARNING;
import static dk.borgerstemme.platform.catalogue.MeasurementPoint.COMPLAINTS_PER_100;
import static dk.borgerstemme.platform.catalogue.MeasurementPoint.HANDLING_RATING;
import static dk.borgerstemme.platform.catalogue.MeasurementPoint.SHARE_POSITIVE;

/**
 * Turns the services' figures into the worded {@link Reading}s of a measurement point. Numbers are taken
 * as the services give them (share, interval, change and whether it is beyond noise); the portal only
 * formats and picks the cell the filters point at.
 */
public final class Readings {

    private static final List<Indicator> COMPLAINT_INDICATORS = List.of(
        new Indicator(COMPLAINTS_PER_100, "insight.indicator.complaintsPer100", false),
        new Indicator(ANSWERED_WITHIN_DEADLINE, "insight.indicator.answeredWithinDeadline", true),
        new Indicator(CLOSED_WITH_LEARNING, "insight.indicator.closedWithLearning", true),
        new Indicator(HANDLING_RATING, "insight.indicator.handlingRating", true));

    private final Texts texts;
    private final boolean charts;
    private final boolean images;

    /** {@code charts}: draw charts over time; {@code images}: also as PNG, for the PDF. */
    public Readings(Texts texts, boolean charts, boolean images) {
        this.texts = texts;
        this.charts = charts;
        this.images = images;
    }

    public String label(Period period) {
        return switch (period.length()) {
            case HALF_YEAR -> texts.say("insight.period.halfYear", period.number(), period.year());
            case QUARTER -> texts.say("insight.period.quarter", period.number(), period.year());
            case MONTH -> period.id();
        };
    }

    public String label(ChosenPeriod chosen) {
        return chosen.period() != null ? label(chosen.period()) : chosen.wave().name();
    }

    // ---- surveys

    public Reading survey(MeasurementPoint point, InsightData data) {
        String label = texts.say("insight.indicator.sharePositive");
        SurveyWave wave = data.chosen().currentWave();
        String periodLabel = wave == null ? label(data.chosen()) : wave.name();
        if (wave == null) {
            return missing(SHARE_POSITIVE, label, MeasurementPoint.SURVEY, periodLabel, texts.say(
                data.waves().available() ? "insight.missing.noWave"
                    : "insight.missing.surveyUnavailable"));
        }
        Fetched<SurveyResults> fetched = data.resultsOf(wave).orElse(Fetched.missing(Fetched.Missing.UNAVAILABLE));
        Optional<String> unusable = unusable(fetched, "insight.missing.surveyUnavailable");
        if (unusable.isPresent()) {
            return missing(SHARE_POSITIVE, label, MeasurementPoint.SURVEY, periodLabel, unusable.get());
        }
        SurveyResults results = fetched.value().get();
        Optional<SurveyResults.Point> found = results.point(point.id());
        if (found.isEmpty()) {
            return missing(SHARE_POSITIVE, label, MeasurementPoint.SURVEY, periodLabel, texts.say("insight.missing.notMeasured"));
        }
        SurveyResults.Cell cell = data.surveySelection().cellOf(found.get());
        Optional<String> empty = emptyCell(cell, results.minimumGroupSize());
        Chart chart = charts ? surveyChart(point, data) : null;
        if (empty.isPresent()) {
            return missing(SHARE_POSITIVE, label, MeasurementPoint.SURVEY, periodLabel, empty.get())
                .withComparisonNote(found.get().comparisonNote()).withChart(chart);
        }
        String previousLabel = "–";
        String previous = "–";
        if (results.previousWave() != null) {
            Optional<SurveyWave> previousWave = data.waves().all().stream().filter(candidate -> candidate.id() == results.previousWave()).findFirst();
            previousLabel = previousWave.map(SurveyWave::name).orElse("–");
            previous = previousWave.flatMap(data::resultsOf).flatMap(Fetched::value).flatMap(earlier -> earlier.point(point.id()))
                .map(data.surveySelection()::cellOf).map(earlier -> earlier.hasShare() ? texts.percent(earlier.sharePositive()) : "–")
                .orElse("–");
        }
        Trend trend = Trend.of(cell.change(), cell.changeBeyondNoise());
        return new Reading(SHARE_POSITIVE, label, MeasurementPoint.SURVEY, periodLabel, texts.percent(cell.sharePositive()),
            previousLabel, previous, texts.points(cell.change()), trend, texts.say(trend.messageKey()), texts.whole(cell.n()), null,
            found.get().comparisonNote(), chart);
    }

    private Optional<String> emptyCell(@Nullable SurveyResults.Cell cell, int minimumGroupSize) {
        if (cell == null) {
            return Optional.of(texts.say("insight.missing.noGroup"));
        }
        if (cell.suppressed()) {
            return Optional.of(texts.say("insight.missing.suppressed", minimumGroupSize));
        }
        if (cell.sharePositive() == null) {
            return Optional.of(texts.say("insight.missing.noAnswers"));
        }
        return Optional.empty();
    }

    private Chart surveyChart(MeasurementPoint point, InsightData data) {
        List<Series.Point> points = new ArrayList<>();
        List<Chart.Row> rows = new ArrayList<>();
        for (SurveyWave wave : data.chosen().waveSeries()) {
            Optional<SurveyResults.Cell> cell = data.resultsOf(wave).flatMap(Fetched::value).flatMap(results -> results.point(point.id()))
                .map(data.surveySelection()::cellOf);
            String missingText = data.resultsOf(wave).map(Fetched::present).orElse(false)
                ? cell.map(found -> found.suppressed() ? texts.say("insight.chart.suppressed") : texts.say("insight.chart.none"))
                    .orElse(texts.say("insight.chart.none"))
                : texts.say("insight.chart.unavailable");
            if (cell.isPresent() && cell.get().hasShare()) {
                SurveyResults.Cell found = cell.get();
                points.add(new Series.Point(wave.name(), found.sharePositive(), found.wilsonLower(), found.wilsonUpper(), texts.percent(found.sharePositive())));
                rows.add(new Chart.Row(wave.name(), texts.percent(found.sharePositive()),
                    texts.percent(found.wilsonLower()) + "–" + texts.percent(found.wilsonUpper()), texts.whole(found.n())));
            } else {
                points.add(new Series.Point(wave.name(), null, null, null, missingText));
                rows.add(new Chart.Row(wave.name(), missingText, "–", "–"));
            }
        }
        String title = texts.say("insight.chart.surveyTitle", point.name().in(texts.locale()));
        return chart("chart-" + point.id() + "-" + SHARE_POSITIVE, title, texts.say("insight.chart.wave"), texts.say("insight.indicator.sharePositive"),
            texts.say("insight.chart.interval"), new Series(true, 1.0, points), rows, texts::percent);
    }

    // ---- complaints

    /** The complaint indicators the catalogue gives this point ({@link MeasurementPoint#indicators()}), in their fixed order. */
    public List<Reading> complaints(MeasurementPoint point, InsightData data) {
        String periodLabel = label(data.chosen().complaintPeriod());
        Fetched<ComplaintFigures> fetched = data.currentFigures();
        List<Reading> readings = new ArrayList<>();
        for (Indicator indicator : COMPLAINT_INDICATORS.stream().filter(indicator -> point.shows(indicator.id())).toList()) {
            String label = texts.say(indicator.messageKey());
            Optional<String> unusable = unusable(fetched, "insight.missing.complaintsUnavailable");
            if (unusable.isPresent()) {
                readings.add(missing(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, unusable.get()));
                continue;
            }
            ComplaintFigures figures = fetched.value().get();
            ComplaintFigures.Group group = data.complaintSelection().groupOf(figures);
            Chart chart = charts ? complaintChart(point, indicator, data) : null;
            if (group == null || group.suppressed()) {
                readings.add(missing(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel,
                    group == null ? texts.say("insight.missing.noGroup") : texts.say("insight.missing.suppressedCases", figures.minimumGroupSize()))
                    .withChart(chart));
                continue;
            }
            readings.add((indicator.id().equals(HANDLING_RATING) ? ratingReading(indicator, label, periodLabel, figures, group, previousRating(data))
                : complaintReading(indicator, label, periodLabel, label(data.chosen().complaintPeriod().previous()), group)).withChart(chart));
        }
        return readings;
    }

    private Reading complaintReading(Indicator indicator, String label, String periodLabel, String previousLabel, ComplaintFigures.Group group) {
        return switch (indicator.id()) {
            case COMPLAINTS_PER_100 -> {
                Double change = group.change() == null ? null : group.change().complaintsPer100Citizens();
                Trend trend = Trend.of(change, group.change() == null ? null : group.change().beyondNoise());
                Integer count = group.counts() == null ? null : group.counts().complaints();
                yield new Reading(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel,
                    texts.decimal(group.complaintsPer100Citizens()) + " (" + texts.say("insight.unit.complaints", texts.whole(count)) + ")",
                    previousLabel, group.previous() == null ? "–" : texts.decimal(group.previous().complaintsPer100Citizens()),
                    texts.signedDecimal(change), trend, texts.say(trend.messageKey()), texts.whole(count), null, null, null);
            }
            case ANSWERED_WITHIN_DEADLINE -> {
                ComplaintFigures.DeadlineShare share = group.answeredWithinDeadline();
                if (share == null || share.share() == null) {
                    yield missing(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, texts.say("insight.missing.noneDue"));
                }
                Trend trend = Trend.of(share.change(), share.changeBeyondNoise());
                yield new Reading(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, texts.percent(share.share()),
                    previousLabel, texts.percent(share.previousShare()), texts.points(share.change()), trend, texts.say(trend.messageKey()),
                    texts.whole(share.due()), null, null, null);
            }
            default -> {
                ComplaintFigures.FollowUp followUp = group.followUp();
                if (followUp == null || followUp.shareWithLearning() == null) {
                    yield missing(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, texts.say("insight.missing.noneClosed"));
                }
                yield new Reading(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, texts.percent(followUp.shareWithLearning()),
                    previousLabel, "–", "–", Trend.UNKNOWN, texts.say(Trend.UNKNOWN.messageKey()), texts.whole(followUp.closed()), null, null, null);
            }
        };
    }

    /**
     * The rating of the period before the chosen one, for the same group, when there is one to compare with: the complaint
     * service gives each half-year's rating on its own, without a previous value, so the portal reads it from the previous
     * period's figures, which it fetched for the chart.
     */
    private @Nullable PreviousRating previousRating(InsightData data) {
        Period previous = data.chosen().complaintPeriod().previous();
        return data.figures().getOrDefault(previous, Fetched.missing(Fetched.Missing.UNAVAILABLE)).value()
            .map(data.complaintSelection()::groupOf)
            .filter(group -> !group.suppressed() && group.handlingRating() != null && !group.handlingRating().suppressed()
                && group.handlingRating().sharePositive() != null && group.handlingRating().wilsonLower() != null
                && group.handlingRating().wilsonUpper() != null)
            .map(group -> new PreviousRating(label(previous), group.handlingRating()))
            .orElse(null);
    }

    private record PreviousRating(String label, ComplaintFigures.HandlingRating rating) {
    }

    /**
     * The complainants' rating of the handling, as the complaint service has it from survey-service: measured per
     * half-year only, so a quarter or a month says so instead of showing a half-year's figure. It is compared with the
     * previous half-year's rating as survey-service compares a point with the previous wave: the difference of the shares,
     * beyond the noise when the two 95 % Wilson intervals do not overlap.
     */
    private Reading ratingReading(Indicator indicator, String label, String periodLabel, ComplaintFigures figures, ComplaintFigures.Group group,
                                  @Nullable PreviousRating previous) {
        ComplaintFigures.HandlingRating rating = group.handlingRating();
        if (rating == null) {
            String why = figures.missing("handlingRating").map(ComplaintFigures.Missing::reason)
                .map(reason -> reason.equals(ComplaintFigures.RATING_SURVEY_SERVICE_UNAVAILABLE) ? "insight.missing.ratingSurveyDown"
                    : "insight.missing.ratingHalfYearsOnly")
                .orElse("insight.missing.ratingUnavailable");
            return missing(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, texts.say(why));
        }
        if (rating.suppressed()) {
            return missing(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, texts.say("insight.missing.ratingSuppressed",
                figures.minimumGroupSize()));
        }
        if (rating.sharePositive() == null) {
            return missing(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, texts.say("insight.missing.ratingNobody"));
        }
        if (previous == null || rating.wilsonLower() == null || rating.wilsonUpper() == null) {
            return new Reading(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, texts.percent(rating.sharePositive()),
                previous == null ? "–" : previous.label(), previous == null ? "–" : texts.percent(previous.rating().sharePositive()), "–",
                Trend.UNKNOWN, texts.say(Trend.UNKNOWN.messageKey()), texts.whole(rating.n()), null, null, null);
        }
        ComplaintFigures.HandlingRating before = previous.rating();
        double change = rating.sharePositive() - before.sharePositive();
        boolean beyondNoise = rating.wilsonUpper() < before.wilsonLower() || before.wilsonUpper() < rating.wilsonLower();
        Trend trend = Trend.of(change, beyondNoise);
        return new Reading(indicator.id(), label, MeasurementPoint.COMPLAINTS, periodLabel, texts.percent(rating.sharePositive()),
            previous.label(), texts.percent(before.sharePositive()), texts.points(change), trend, texts.say(trend.messageKey()),
            texts.whole(rating.n()), null, null, null);
    }

    private Chart complaintChart(MeasurementPoint point, Indicator indicator, InsightData data) {
        List<Series.Point> points = new ArrayList<>();
        List<Chart.Row> rows = new ArrayList<>();
        double maximum = indicator.share() ? 1.0 : 0;
        for (Period period : data.chosen().complaintPeriods()) {
            Fetched<ComplaintFigures> fetched = data.figures().getOrDefault(period, Fetched.missing(Fetched.Missing.UNAVAILABLE));
            ComplaintFigures.Group group = fetched.value().map(data.complaintSelection()::groupOf).orElse(null);
            String name = label(period);
            Value value = group == null || group.suppressed() ? null : valueOf(indicator, group);
            if (value == null || value.number() == null) {
                String missingText = !fetched.present() ? texts.say("insight.chart.unavailable")
                    : group != null && group.suppressed() ? texts.say("insight.chart.suppressed") : texts.say("insight.chart.none");
                points.add(new Series.Point(name, null, null, null, missingText));
                rows.add(new Chart.Row(name, missingText, "–", "–"));
                continue;
            }
            maximum = Math.max(maximum, value.number());
            points.add(new Series.Point(name, value.number(), value.lower(), value.upper(), value.text()));
            rows.add(new Chart.Row(name, value.text(), value.extra(), value.n()));
        }
        if (!indicator.share()) {
            maximum = niceMaximum(maximum);
        }
        String title = texts.say("insight.chart.complaintTitle", texts.say(indicator.messageKey()), point.name().in(texts.locale()));
        DoubleFunction<String> axis = indicator.share() ? texts::percent : texts::decimal;
        return chart("chart-" + point.id() + "-" + indicator.id(), title, texts.say("insight.chart.period"), texts.say(indicator.messageKey()),
            indicator.share() ? texts.say("insight.chart.interval") : texts.say("insight.chart.count"), new Series(indicator.share(), maximum, points), rows, axis);
    }

    private record Value(@Nullable Double number, @Nullable Double lower, @Nullable Double upper, String text, String extra, String n) {
    }

    private @Nullable Value valueOf(Indicator indicator, ComplaintFigures.Group group) {
        return switch (indicator.id()) {
            case COMPLAINTS_PER_100 -> group.counts() == null ? null : new Value(group.complaintsPer100Citizens(), null, null,
                texts.decimal(group.complaintsPer100Citizens()), texts.whole(group.counts().complaints()), texts.whole(group.citizensServed()));
            case ANSWERED_WITHIN_DEADLINE -> group.answeredWithinDeadline() == null ? null : new Value(group.answeredWithinDeadline().share(),
                group.answeredWithinDeadline().wilsonLower(), group.answeredWithinDeadline().wilsonUpper(), texts.percent(group.answeredWithinDeadline().share()),
                texts.percent(group.answeredWithinDeadline().wilsonLower()) + "–" + texts.percent(group.answeredWithinDeadline().wilsonUpper()),
                texts.whole(group.answeredWithinDeadline().due()));
            case HANDLING_RATING -> group.handlingRating() == null || group.handlingRating().sharePositive() == null ? null
                : new Value(group.handlingRating().sharePositive(), group.handlingRating().wilsonLower(), group.handlingRating().wilsonUpper(),
                    texts.percent(group.handlingRating().sharePositive()),
                    texts.percent(group.handlingRating().wilsonLower()) + "–" + texts.percent(group.handlingRating().wilsonUpper()),
                    texts.whole(group.handlingRating().n()));
            default -> group.followUp() == null ? null : new Value(group.followUp().shareWithLearning(), null, null,
                texts.percent(group.followUp().shareWithLearning()), "–", texts.whole(group.followUp().closed()));
        };
    }

    private static double niceMaximum(double maximum) {
        if (maximum <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(maximum)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= maximum) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private record Indicator(String id, String messageKey, boolean share) {
    }

    // ---- shared

    private Chart chart(String id, String title, String labelHeading, String valueHeading, String extraHeading, Series series, List<Chart.Row> rows,
                        DoubleFunction<String> axis) {
        String summary = summary(title, series);
        String svg = ChartDrawing.svg(id, title, summary, series, axis);
        String png = images ? ChartDrawing.pngDataUri(series, axis) : "";
        return new Chart(id, title, summary, labelHeading, valueHeading, extraHeading, rows, svg, png);
    }

    /** "From 62 % (Måling 2025) to 78 % (Måling 2026); 2 of 3 periods have figures." */
    private String summary(String title, Series series) {
        List<Series.Point> shown = series.points().stream().filter(point -> point.value() != null).toList();
        if (shown.isEmpty()) {
            return texts.say("insight.chart.summaryNone", title);
        }
        Series.Point first = shown.get(0);
        Series.Point last = shown.get(shown.size() - 1);
        if (shown.size() == 1) {
            return texts.say("insight.chart.summaryOne", title, last.valueText(), last.label(), series.points().size());
        }
        return texts.say("insight.chart.summary", title, first.valueText(), first.label(), last.valueText(), last.label(),
            shown.size(), series.points().size());
    }

    private Optional<String> unusable(Fetched<?> fetched, String unavailableKey) {
        return switch (fetched.missing()) {
            case NONE -> Optional.empty();
            case FORBIDDEN -> Optional.of(texts.say("insight.missing.forbidden"));
            case NOT_FOUND -> Optional.of(texts.say(unavailableKey + "NotYet"));
            case UNAVAILABLE -> Optional.of(texts.say(unavailableKey));
        };
    }

    private Reading missing(String indicator, String label, String source, String periodLabel, String why) {
        return new Reading(indicator, label, source, periodLabel, "–", "–", "–", "–", Trend.UNKNOWN, texts.say(Trend.UNKNOWN.messageKey()), "–",
            why, null, null);
    }

}
