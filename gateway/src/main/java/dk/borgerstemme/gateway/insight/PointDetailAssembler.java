package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.questions.PointQuestions;
import dk.borgerstemme.gateway.insight.questions.QuestionsSection;
import dk.borgerstemme.gateway.insight.services.ComplaintFigures;
import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.SurveyResults;
import dk.borgerstemme.gateway.insight.services.SurveyWave;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.Organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Builds the drill-down of one measurement point, with one call per split, all at once. */
final class PointDetailAssembler {

    private static final List<String> SURVEY_SPLITS = List.of("area", "unit", "role", "answered-how");
    private static final List<String> COMPLAINT_SPLITS = List.of("area", "unit");

    private final InsightRequest.Context context;
    private final InsightDataLoader loader;
    private final PointQuestions questions;
    private final Texts texts;

    PointDetailAssembler(InsightRequest.Context context, InsightDataLoader loader, PointQuestions questions) {
        this.context = context;
        this.loader = loader;
        this.questions = questions;
        this.texts = context.texts();
    }

    PointDetail assemble(MeasurementPoint point, Filters filters, InsightData data, List<String> notices) {
        Readings readings = new Readings(texts, true, false);
        List<Reading> pointReadings = new ArrayList<>();
        List<PointDetail.Breakdown> breakdowns = new ArrayList<>();
        List<String> allNotices = new ArrayList<>(notices);
        allNotices.addAll(new DashboardAssembler(texts).serviceNotices(data));
        QuestionsSection questionsSection = null;
        if (point.fedBy(MeasurementPoint.SURVEY)) {
            var questionsCall = questions.start(context, point, data.chosen().currentWave());
            pointReadings.add(readings.survey(point, data));
            breakdowns.addAll(surveyBreakdowns(point, data.chosen().currentWave()));
            questionsSection = questions.section(context, point, questionsCall);
        }
        if (point.fedBy(MeasurementPoint.COMPLAINTS)) {
            pointReadings.addAll(readings.complaints(point, data));
            breakdowns.addAll(complaintBreakdowns(data));
        }
        String trackName = context.organisation().framework().trackOf(point.id()).map(track -> track.name().in(texts.locale())).orElse("");
        return new PointDetail(point.id(), point.name().in(texts.locale()), trackName, readings.label(data.chosen()),
            "/o/" + context.org() + "/indsigt?" + filters.withPeriod(data.chosen().id()).query(), allNotices, pointReadings, breakdowns, questionsSection);
    }

    private List<PointDetail.Breakdown> surveyBreakdowns(MeasurementPoint point, SurveyWave wave) {
        if (wave == null) {
            return List.of();
        }
        Map<String, CompletableFuture<Fetched<SurveyResults>>> calls = new LinkedHashMap<>();
        SURVEY_SPLITS.forEach(by -> calls.put(by, loader.results(context.org(), wave.id(), by, null, context.lang(), context.token())));
        List<PointDetail.Breakdown> tables = new ArrayList<>();
        List<String> columns = List.of(texts.say("insight.detail.group"), texts.say("insight.indicator.sharePositive"), texts.say("insight.chart.interval"),
            texts.say("insight.detail.n"), texts.say("insight.detail.responseRate"), texts.say("insight.detail.change"), texts.say("insight.detail.trend"));
        calls.forEach((by, call) -> {
            Fetched<SurveyResults> fetched = call.join();
            String heading = texts.say("insight.detail.by." + by);
            if (!fetched.present()) {
                tables.add(new PointDetail.Breakdown("survey-" + by, heading, columns, List.of(), texts.say("insight.missing.surveyUnavailable")));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            fetched.value().get().point(point.id()).ifPresent(found -> found.groups().forEach(cell -> rows.add(surveyRow(by, cell))));
            tables.add(new PointDetail.Breakdown("survey-" + by, heading, columns, rows, rows.isEmpty() ? texts.say("insight.missing.notMeasured") : ""));
        });
        return tables;
    }

    private List<String> surveyRow(String by, SurveyResults.Cell cell) {
        String name = groupName(by, cell.group());
        if (cell.suppressed()) {
            return List.of(name, texts.say("insight.detail.suppressed"), "–", "–", "–", "–", "–");
        }
        Trend trend = Trend.of(cell.change(), cell.changeBeyondNoise());
        return List.of(name, texts.percent(cell.sharePositive()),
            cell.wilsonLower() == null ? "–" : texts.percent(cell.wilsonLower()) + "–" + texts.percent(cell.wilsonUpper()),
            texts.whole(cell.n()), texts.percent(cell.responseRate()), texts.points(cell.change()), texts.say(trend.messageKey()));
    }

    private List<PointDetail.Breakdown> complaintBreakdowns(InsightData data) {
        Period period = data.chosen().complaintPeriod();
        Map<String, CompletableFuture<Fetched<ComplaintFigures>>> calls = new LinkedHashMap<>();
        COMPLAINT_SPLITS.forEach(by -> calls.put(by, loader.figures(context.org(), period, by, null, context.lang(), context.token())));
        List<PointDetail.Breakdown> tables = new ArrayList<>();
        List<String> columns = List.of(texts.say("insight.detail.group"), texts.say("insight.detail.complaints"), texts.say("insight.indicator.complaintsPer100"),
            texts.say("insight.detail.change"), texts.say("insight.detail.trend"), texts.say("insight.indicator.answeredWithinDeadline"));
        calls.forEach((by, call) -> {
            Fetched<ComplaintFigures> fetched = call.join();
            String heading = texts.say("insight.detail.complaintsBy." + by);
            if (!fetched.present()) {
                tables.add(new PointDetail.Breakdown("complaints-" + by, heading, columns, List.of(),
                    texts.say(fetched.missing() == Fetched.Missing.NOT_FOUND ? "insight.missing.complaintsUnavailableNotYet" : "insight.missing.complaintsUnavailable")));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            fetched.value().get().groups().forEach(group -> rows.add(complaintRow(by, group)));
            tables.add(new PointDetail.Breakdown("complaints-" + by, heading, columns, rows, rows.isEmpty() ? texts.say("insight.chart.none") : ""));
        });
        data.currentFigures().value().map(data.complaintSelection()::groupOf).ifPresent(group -> {
            if (group.breakdown() == null) {
                return;
            }
            Map<String, Integer> byCategory = new LinkedHashMap<>();
            Map<String, Integer> byTrack = new LinkedHashMap<>();
            group.breakdown().forEach(row -> {
                String category = context.organisation().complaintCategory(row.category()).map(found -> found.name().in(texts.locale()))
                    .orElse(row.categoryName() == null ? row.category() : row.categoryName());
                byCategory.merge(texts.say("insight.kind." + row.kind()) + ": " + category, row.count(), Integer::sum);
                byTrack.merge(row.trackName() == null ? row.track() : row.trackName(), row.count(), Integer::sum);
            });
            List<String> columns2 = List.of(texts.say("insight.detail.group"), texts.say("insight.detail.count"));
            tables.add(new PointDetail.Breakdown("complaints-category", texts.say("insight.detail.byCategory"), columns2, rowsOf(byCategory), ""));
            tables.add(new PointDetail.Breakdown("complaints-track", texts.say("insight.detail.byTrack"), columns2, rowsOf(byTrack), ""));
        });
        return tables;
    }

    private static List<List<String>> rowsOf(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(entry -> List.of(entry.getKey(), String.valueOf(entry.getValue()))).toList();
    }

    private List<String> complaintRow(String by, ComplaintFigures.Group group) {
        String name = groupName(by, group.group());
        if (group.suppressed()) {
            return List.of(name, texts.say("insight.detail.suppressed"), "–", "–", "–", "–");
        }
        Double change = group.change() == null ? null : group.change().complaintsPer100Citizens();
        Trend trend = Trend.of(change, group.change() == null ? null : group.change().beyondNoise());
        return List.of(name, texts.whole(group.counts() == null ? null : group.counts().complaints()), texts.decimal(group.complaintsPer100Citizens()),
            texts.signedDecimal(change), texts.say(trend.messageKey()),
            group.answeredWithinDeadline() == null ? "–" : texts.percent(group.answeredWithinDeadline().share()));
    }

    private String groupName(String by, String id) {
        Organisation organisation = context.organisation();
        return switch (by) {
            case "area" -> organisation.area(id).map(area -> area.name().in(texts.locale())).orElse(id);
            case "unit" -> organisation.unit(id).map(unit -> unit.name().in(texts.locale())).orElse(id);
            case "role" -> organisation.respondentRole(id).map(role -> role.name().in(texts.locale())).orElse(id);
            default -> texts.say("insight.answeredHow." + id);
        };
    }
}
