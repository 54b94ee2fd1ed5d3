package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.cache.ComputedOnce;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionAspect;
import dk.borgerstemme.survey.definition.QuestionChange;
import dk.borgerstemme.survey.definition.SurveyChanges;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questions behind the measurement points of a wave as one staff member may see them, each with the change since
 * the previous wave of the same survey. A question is compared with itself by key, and only when both versions ask it
 * alike ({@link WaveComparison}): a question added since, or changed in what it asks or how it is answered, gets no
 * change, and says so. A report is kept by what it is computed from (both waves' {@link WaveResults.Stamp}s, the point and
 * the scope), as the results' views are: a point page asks for it on every visit, and a wave of 250,000 respondents
 * takes seconds to figure.
 */
@Singleton
class QuestionResults {

    /** How a question compares with the previous wave. */
    enum Comparison {
        /** No previous wave. */
        NONE,
        /** Asked alike in both waves: the change is shown where both waves show the question. */
        LIKE_FOR_LIKE,
        /** Not asked in the previous wave. */
        NEW,
        /** Asked in both, but changed in what it asks or how it is answered (or the survey's framework changed). */
        CHANGED
    }

    /** One question's figures now, and the change where it is like for like. */
    record Row(QuestionFigures.Cell now, Comparison comparison, Set<QuestionAspect> changedAspects,
               Optional<ChangeSincePreviousWave> change, Optional<ScaleFigures> before) {
    }

    record Report(ResultsReader.FieldedWave wave, Optional<ResultsReader.FieldedWave> previousWave, List<Row> rows) {
    }

    private static final int REPORTS_KEPT = 100;

    private record Key(String organisation, long wave, WaveResults.Stamp stamp, Optional<Long> previousWave,
                       Optional<WaveResults.Stamp> previousStamp, Optional<String> point, Object scope) {
    }

    private final ResultsReader reader;
    private final WaveResults results;
    private final ComputedOnce<Key, Report> kept = new ComputedOnce<>(REPORTS_KEPT);

    QuestionResults(ResultsReader reader, WaveResults results) {
        this.reader = reader;
        this.results = results;
    }

    Optional<ResultsReader.FieldedWave> wave(Organisation organisation, long waveId) {
        return results.wave(organisation, waveId);
    }

    Report report(Organisation organisation, ResultsReader.FieldedWave wave, Optional<String> point, ResultScope scope) {
        Optional<ResultsReader.FieldedWave> previous = reader.previousWave(wave.id()).flatMap(reader::wave)
            .filter(earlier -> earlier.organisation().equals(organisation.shortName()));
        WaveResults.Stamp stamp = results.stampOf(wave);
        Optional<WaveResults.Stamp> previousStamp = previous.map(results::stampOf);
        Optional<Object> scopeKey = scope.cacheKey();
        if (scopeKey.isEmpty()) {
            return compute(organisation, wave, stamp, previous, previousStamp, point, scope);
        }
        Key key = new Key(organisation.shortName(), wave.id(), stamp, previous.map(ResultsReader.FieldedWave::id), previousStamp, point,
            scopeKey.get());
        return kept.get(key, () -> compute(organisation, wave, stamp, previous, previousStamp, point, scope));
    }

    private Report compute(Organisation organisation, ResultsReader.FieldedWave wave, WaveResults.Stamp stamp,
                           Optional<ResultsReader.FieldedWave> previous, Optional<WaveResults.Stamp> previousStamp,
                           Optional<String> point, ResultScope scope) {
        QuestionFigures figuresNow = results.fromRows(wave, stamp, rows -> new QuestionFigures(organisation, rows));
        SurveyDefinition definitionNow = results.definitionOf(wave);
        Optional<QuestionFigures> figuresBefore = previous.map(earlier ->
            results.fromRows(earlier, previousStamp.orElseThrow(), rows -> new QuestionFigures(organisation, rows)));
        Optional<SurveyDefinition> definitionBefore = previous.map(results::definitionOf);
        Map<String, WaveComparison.PointComparison> comparisons = definitionBefore
            .map(before -> WaveComparison.perPoint(before, definitionNow)).orElse(Map.of());
        Optional<SurveyChanges> changes = definitionBefore.map(before -> SurveyChanges.between(before, definitionNow));

        List<Row> rows = new ArrayList<>();
        for (Question question : figuresNow.questions(point)) {
            QuestionFigures.Cell cell = figuresNow.cell(question, scope);
            if (figuresBefore.isEmpty()) {
                rows.add(new Row(cell, Comparison.NONE, Set.of(), Optional.empty(), Optional.empty()));
                continue;
            }
            WaveComparison.PointComparison ofPoint = comparisons.get(question.point());
            Set<QuestionAspect> aspects = changes.get().changed().stream().filter(change -> change.key().equals(question.key()))
                .findFirst().map(QuestionChange::aspects).orElse(Set.of());
            if (ofPoint == null || !ofPoint.comparedOn().contains(question.key())) {
                boolean added = ofPoint == null || ofPoint.added().contains(question.key());
                rows.add(new Row(cell, added ? Comparison.NEW : Comparison.CHANGED, aspects, Optional.empty(), Optional.empty()));
                continue;
            }
            Optional<Question> earlier = figuresBefore.get().questions(Optional.of(question.point())).stream()
                .filter(candidate -> candidate.key().equals(question.key())).findFirst();
            Optional<ScaleFigures> shownBefore = earlier.map(asked -> figuresBefore.get().cell(asked, scope)).flatMap(QuestionFigures.Cell::figures);
            Optional<ChangeSincePreviousWave> change = cell.figures().isPresent() && shownBefore.isPresent()
                ? ChangeSincePreviousWave.between(shownBefore.get(), cell.figures().get())
                : Optional.empty();
            rows.add(new Row(cell, Comparison.LIKE_FOR_LIKE, aspects, change, cell.figures().isPresent() ? shownBefore : Optional.empty()));
        }
        return new Report(wave, previous, rows);
    }
}
