package dk.borgerstemme.gateway.insight.halfyear;

import dk.borgerstemme.gateway.insight.ChosenPeriod;
import dk.borgerstemme.gateway.insight.Dashboard;
import dk.borgerstemme.gateway.insight.InsightData;
import dk.borgerstemme.gateway.insight.InsightDataLoader;
import dk.borgerstemme.gateway.insight.InsightRequest;
import dk.borgerstemme.gateway.insight.Period;
import dk.borgerstemme.gateway.insight.PointDetail;
import dk.borgerstemme.gateway.insight.Reading;
import dk.borgerstemme.gateway.insight.Readings;
import dk.borgerstemme.gateway.insight.Selection;
import dk.borgerstemme.gateway.insight.Texts;
import dk.borgerstemme.gateway.insight.Trend;
import dk.borgerstemme.gateway.insight.chart.Chart;
import dk.borgerstemme.gateway.insight.services.ComplaintFigures;
import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.SurveyResults;
import dk.borgerstemme.gateway.insight.services.SurveyService;
import dk.borgerstemme.gateway.insight.services.SurveyWave;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.StrategyTrack;
import io.micronaut.core.annotation.Nullable;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the half-year status: for each measurement point the value of the half-year (the latest survey
 * wave that opened in it; the complaint figures of the half-year), the previous half-year and the trend,
 * a summary that names only changes beyond the noise, and the complaint figures section.
 */
public final class HalfYearAssembler {

    private static final int HALF_YEARS_OVER_TIME = 4;

    private final InsightRequest.Context context;
    private final InsightDataLoader loader;
    private final Texts texts;
    private final Readings readings;

    public HalfYearAssembler(InsightRequest.Context context, InsightDataLoader loader, boolean images) {
        this.context = context;
        this.loader = loader;
        this.texts = context.texts();
        this.readings = new Readings(texts, true, images);
    }

    public HalfYearStatus assemble(Period halfYear) {
        Organisation organisation = context.organisation();
        SurveyService.Waves waves = loader.waves(context.org(), context.token());
        List<Period> halfYears = halfYear.lastOf(HALF_YEARS_OVER_TIME);
        List<SurveyWave> waveSeries = new ArrayList<>();
        for (Period period : halfYears) {
            latestWaveIn(waves, period).ifPresent(waveSeries::add);
        }
        SurveyWave current = latestWaveIn(waves, halfYear).orElse(null);
        SurveyWave previous = latestWaveIn(waves, halfYear.previous()).orElse(null);
        ChosenPeriod chosen = new ChosenPeriod(halfYear.id(), halfYear, null, current, waveSeries, halfYears);
        // Without a unit or area chosen, the complaint figures come split by area, for the table per area; the readings use the total.
        Selection complaintSelection = context.filters().unit() == null && context.filters().area() == null
            ? new Selection("area", null, null) : Selection.complaints(context.filters());
        InsightData data = loader.load(context.org(), chosen, Selection.survey(context.filters()), complaintSelection, waves,
            waveSeries, halfYears, context.lang(), context.token());

        List<String> notices = new ArrayList<>(context.notices());
        if (!waves.available()) {
            notices.add(texts.say("insight.notice.surveyDown"));
        } else if (data.results().values().stream().anyMatch(fetched -> !fetched.present())) {
            notices.add(texts.say("insight.notice.surveyDown"));
        }
        Fetched<ComplaintFigures> figures = data.currentFigures();
        if (figures.missing() == Fetched.Missing.UNAVAILABLE) {
            notices.add(texts.say("insight.notice.complaintsDown"));
        } else if (figures.missing() == Fetched.Missing.NOT_FOUND) {
            notices.add(texts.say("insight.notice.complaintsNotYet"));
        }
        figures.value().flatMap(present -> present.missing("handlingRating"))
            .filter(missing -> ComplaintFigures.RATING_SURVEY_SERVICE_UNAVAILABLE.equals(missing.reason()))
            .ifPresent(missing -> notices.add(texts.say("insight.notice.ratingDown")));

        List<Dashboard.Track> tracks = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        int withFigures = 0;
        int fed = 0;
        for (StrategyTrack track : organisation.framework().tracks()) {
            List<Dashboard.Point> points = new ArrayList<>();
            for (MeasurementPoint point : track.points()) {
                List<Reading> pointReadings = new ArrayList<>();
                if (point.fedBy(MeasurementPoint.SURVEY)) {
                    pointReadings.add(surveyReading(point, data, current, previous, halfYear));
                }
                if (point.fedBy(MeasurementPoint.COMPLAINTS)) {
                    pointReadings.addAll(readings.complaints(point, data));
                }
                if (point.fedBySystem()) {
                    fed++;
                    if (pointReadings.stream().anyMatch(Reading::available)) {
                        withFigures++;
                    }
                }
                String name = point.name().in(texts.locale());
                pointReadings.stream().filter(reading -> reading.trend() == Trend.UP || reading.trend() == Trend.DOWN)
                    .forEach(reading -> changes.add(texts.say(reading.trend() == Trend.UP ? "halfyear.summary.rose" : "halfyear.summary.fell",
                        name, reading.label(), reading.previous(), reading.value())
                        + (reading.notLikeForLike() ? " " + texts.say("halfyear.summary.notLikeForLike") : "")));
                points.add(new Dashboard.Point(point.id(), name, point.fedBySystem(), pointReadings,
                    "/o/" + context.org() + "/indsigt/punkt/" + point.id() + "?period=" + halfYear.id()));
            }
            tracks.add(new Dashboard.Track(track.id(), track.name().in(texts.locale()), points));
        }

        List<String> summary = new ArrayList<>();
        summary.add(texts.say("halfyear.summary.coverage", withFigures, fed));
        if (changes.isEmpty()) {
            summary.add(texts.say("halfyear.summary.noChanges"));
        } else {
            summary.addAll(changes);
        }
        figures.value().map(ComplaintFigures::total).filter(total -> !total.suppressed() && total.counts() != null)
            .ifPresent(total -> summary.add(texts.say("halfyear.summary.complaints", total.counts().complaints(),
                texts.decimal(total.complaintsPer100Citizens()), total.counts().praise(), total.counts().suggestions())));

        ComplaintSection complaints = new ComplaintSection(texts, organisation);
        List<PointDetail.Breakdown> complaintTables = figures.value().map(complaints::tables).orElse(List.of());
        String complaintNote = figures.present() ? "" : texts.say(figures.missing() == Fetched.Missing.NOT_FOUND
            ? "insight.missing.complaintsUnavailableNotYet" : "insight.missing.complaintsUnavailable");

        String generatedOn = loader.today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale()));
        return new HalfYearStatus(context.org(), organisation.name().in(texts.locale()), texts.lang(), halfYear.id(), readings.label(halfYear),
            readings.label(halfYear.previous()), organisation.framework().name().in(texts.locale()), scopeText(), generatedOn, notices, summary,
            tracks, complaintTables, complaintNote);
    }

    private String scopeText() {
        Organisation organisation = context.organisation();
        if (context.scope().wholeOrganisation()) {
            return texts.say("insight.scope.organisation", organisation.name().in(texts.locale()));
        }
        return texts.say("insight.scope.units", context.scope().unitsOf(organisation).stream()
            .map(unit -> unit.name().in(texts.locale())).collect(Collectors.joining(", ")));
    }

    private static Optional<SurveyWave> latestWaveIn(SurveyService.Waves waves, Period period) {
        return waves.all().stream().filter(wave -> period.contains(wave.opensOn())).reduce((first, second) -> second);
    }

    /**
     * The survey reading of the half-year against the previous half-year. When the previous half-year's wave
     * is the wave the survey service compares with, its change is used as given; otherwise the same rule is
     * applied to the two waves' figures: the difference of the shares, beyond noise when the 95 % Wilson
     * intervals do not overlap.
     */
    private Reading surveyReading(MeasurementPoint point, InsightData data, @Nullable SurveyWave current, @Nullable SurveyWave previous, Period halfYear) {
        Reading base = readings.survey(point, data);
        Chart chart = base.chart();
        if (!base.available() || current == null) {
            return new Reading(base.indicator(), base.label(), base.source(), readings.label(halfYear), base.value(), readings.label(halfYear.previous()),
                "–", "–", Trend.UNKNOWN, texts.say(Trend.UNKNOWN.messageKey()), base.n(), base.missing(), base.comparisonNote(), chart);
        }
        SurveyResults results = data.resultsOf(current).flatMap(Fetched::value).orElseThrow();
        SurveyResults.Cell now = data.surveySelection().cellOf(results.point(point.id()).orElseThrow());
        SurveyResults.Cell before = previous == null ? null : data.resultsOf(previous).flatMap(Fetched::value)
            .flatMap(earlier -> earlier.point(point.id())).map(data.surveySelection()::cellOf).filter(SurveyResults.Cell::hasShare).orElse(null);
        Double change = null;
        Boolean beyondNoise = null;
        if (before != null) {
            if (results.previousWave() != null && results.previousWave() == previous.id() && now.change() != null) {
                change = now.change();
                beyondNoise = now.changeBeyondNoise();
            } else {
                change = now.sharePositive() - before.sharePositive();
                beyondNoise = now.wilsonUpper() < before.wilsonLower() || before.wilsonUpper() < now.wilsonLower();
            }
        }
        Trend trend = Trend.of(change, beyondNoise);
        String previousLabel = readings.label(halfYear.previous()) + (previous == null ? "" : " – " + previous.name());
        return new Reading(base.indicator(), base.label(), base.source(), readings.label(halfYear) + " – " + current.name(), base.value(), previousLabel,
            before == null ? "–" : texts.percent(before.sharePositive()), texts.points(change), trend, texts.say(trend.messageKey()), base.n(), null,
            base.comparisonNote(), chart);
    }
}
