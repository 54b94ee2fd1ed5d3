package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.cache.ComputedOnce;
import dk.borgerstemme.platform.catalogue.Area;
import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Unit;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The complainants' rating of the complaint handling in one complaint-handling wave, for the organisation,
 * each area and each unit: overall (every scored question of the survey feeding {@link ComplaintHandlingPoint#ID},
 * figured respondent by respondent, so n counts people) and per question. Both are the ordinary results tables
 * ({@link WaveTables}), so groups below the organisation's minimum group size are suppressed together with
 * their complements exactly as in the wave's results, and a narrower view (a unit leader's units) shows only
 * what the organisation's tables show or sums of it. Cases about no particular unit are answered in the wave
 * under a unit of no area; they count in the organisation's total and in no listed area or unit.
 */
@Singleton
public class ComplaintHandlingFigures {

    /** One figure: hidden ({@code suppressed}, every number null), or n with the share positive, its 95 % Wilson interval and the mean. */
    public record Figure(boolean suppressed, @Nullable Integer n, @Nullable Double sharePositive, @Nullable Double wilsonLower,
                         @Nullable Double wilsonUpper, @Nullable Double mean) {

        static final Figure HIDDEN = new Figure(true, null, null, null, null, null);
        static final Figure NOBODY = new Figure(false, 0, null, null, null, null);
    }

    /** A group's rating, overall and per scored question (in the survey's order). */
    public record Group(String group, Figure rating, Map<String, Figure> questions) {
    }

    /** A scored question of the survey. */
    public record RatedQuestion(String key, LocalizedText text) {
    }

    /** {@code units}: the units the figures are limited to, empty for the whole organisation. */
    public record Report(List<RatedQuestion> questions, Group total, List<Group> areas, List<Group> units) {
    }

    private static final int REPORTS_KEPT = 100;

    private record Key(String organisation, long wave, WaveResults.Stamp stamp, Optional<Set<String>> units) {
    }

    private final WaveResults results;
    private final ComputedOnce<Key, Report> kept = new ComputedOnce<>(REPORTS_KEPT);

    ComplaintHandlingFigures(WaveResults results) {
        this.results = results;
    }

    /**
     * The figures of a wave of the organisation, limited to {@code units} when given; empty when the wave is not the
     * organisation's. Kept by what they are computed from, as the wave's results are: the complaint figures ask for
     * them on every portal page that shows a half-year.
     */
    public Optional<Report> of(Organisation organisation, long waveId, Optional<Set<String>> units) {
        return results.wave(organisation, waveId).map(wave -> {
            WaveResults.Stamp stamp = results.stampOf(wave);
            return kept.get(new Key(organisation.shortName(), wave.id(), stamp, units.map(Set::copyOf)),
                () -> results.fromRows(wave, stamp, rows -> computed(organisation, units, rows)));
        });
    }

    private Report computed(Organisation organisation, Optional<Set<String>> units, WaveRows rows) {
        SurveyDefinition definition = rows.definition();
        ResultScope scope = scopeOf(units);
        WaveTables overall = new WaveTables(organisation, rows.readAs(ComplaintHandlingPoint.overall(definition)));
        WaveTables perQuestion = new WaveTables(organisation, rows.readAs(ComplaintHandlingPoint.perQuestion(definition)));
        List<RatedQuestion> questions = definition.questions().stream().filter(ComplaintHandlingPoint::isScored)
            .map(question -> new RatedQuestion(question.key(), question.text())).toList();
        return report(organisation, units, questions, split -> overall.view(split, scope), split -> perQuestion.view(split, scope));
    }

    /** No wave fielded yet: every group of the scope with nobody, nothing hidden (zeros single nobody out). */
    public Report nobody(Organisation organisation, Optional<Set<String>> units, SurveyDefinition survey) {
        List<RatedQuestion> questions = survey.questions().stream().filter(ComplaintHandlingPoint::isScored)
            .map(question -> new RatedQuestion(question.key(), question.text())).toList();
        return report(organisation, units, questions, split -> List.of(), split -> List.of());
    }

    private Report report(Organisation organisation, Optional<Set<String>> units, List<RatedQuestion> questions,
                          Function<Split, List<PointResult>> overall, Function<Split, List<PointResult>> perQuestion) {
        List<PointResult> overallByUnit = overall.apply(Split.single(Grouping.UNIT));
        List<PointResult> overallByArea = overall.apply(Split.single(Grouping.AREA));
        List<PointResult> questionsByUnit = perQuestion.apply(Split.single(Grouping.UNIT));
        List<PointResult> questionsByArea = perQuestion.apply(Split.single(Grouping.AREA));

        Set<String> inScope = organisation.units().stream().map(Unit::id).filter(unit -> units.map(only -> only.contains(unit)).orElse(true))
            .collect(Collectors.toCollection(LinkedHashSet::new));
        Group total = new Group(PointResult.TOTAL, totalOf(overallByUnit, ComplaintHandlingPoint.ID), questionFigures(questions, question -> totalOf(questionsByUnit, question)));
        List<Group> areas = new ArrayList<>();
        for (Area area : organisation.areas()) {
            if (area.units().stream().map(Unit::id).anyMatch(inScope::contains)) {
                areas.add(group(area.id(), questions, overallByArea, questionsByArea));
            }
        }
        List<Group> unitGroups = inScope.stream().map(unit -> group(unit, questions, overallByUnit, questionsByUnit)).toList();
        return new Report(questions, total, areas, unitGroups);
    }

    private static Group group(String id, List<RatedQuestion> questions, List<PointResult> overall, List<PointResult> perQuestion) {
        return new Group(id, cellOf(overall, ComplaintHandlingPoint.ID, id), questionFigures(questions, question -> cellOf(perQuestion, question, id)));
    }

    private static Map<String, Figure> questionFigures(List<RatedQuestion> questions, Function<String, Figure> figureOf) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        questions.forEach(question -> figures.put(question.key(), figureOf.apply(question.key())));
        return figures;
    }

    private static Figure totalOf(List<PointResult> points, String point) {
        return points.stream().filter(result -> result.point().equals(point)).findFirst().map(result -> figure(result.total())).orElse(Figure.NOBODY);
    }

    private static Figure cellOf(List<PointResult> points, String point, String group) {
        return points.stream().filter(result -> result.point().equals(point)).findFirst()
            .flatMap(result -> result.groups().stream().filter(cell -> cell.group().equals(group)).findFirst())
            .map(ComplaintHandlingFigures::figure).orElse(Figure.NOBODY);
    }

    private static Figure figure(GroupResult cell) {
        if (cell.suppressed()) {
            return Figure.HIDDEN;
        }
        ScaleFigures figures = cell.shown().orElseThrow().figures();
        if (figures.n() == 0) {
            return Figure.NOBODY;
        }
        return new Figure(false, figures.n(), round6(figures.sharePositive().getAsDouble()), round6(figures.interval().lower()),
            round6(figures.interval().upper()), figures.mean().isPresent() ? round6(figures.mean().getAsDouble()) : null);
    }

    private static ResultScope scopeOf(Optional<Set<String>> units) {
        return units.map(only -> new ResultScope(Set.copyOf(only)::contains, false)).orElse(ResultScope.WHOLE_ORGANISATION);
    }

    private static double round6(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }

}
