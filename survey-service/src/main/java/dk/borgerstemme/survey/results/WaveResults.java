package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Area;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.AnsweredHow;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/** The results of a wave as one staff member may see them, with the change since the previous wave. */
@Singleton
class WaveResults {

    record Report(ResultsReader.FieldedWave wave, Optional<Long> previousWave, Grouping grouping, List<PointResult> points) {
    }

    private final ResultsReader reader;
    private final ObjectMapper json;

    WaveResults(ResultsReader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    Optional<ResultsReader.FieldedWave> wave(Organisation organisation, long waveId) {
        return reader.wave(waveId).filter(wave -> wave.organisation().equals(organisation.shortName()));
    }

    Report report(Organisation organisation, ResultsReader.FieldedWave wave, Grouping grouping, ResultScope scope) {
        List<PointResult> current = pointsOf(organisation, read(wave), grouping, scope);
        Optional<Long> previous = reader.previousWave(wave.id());
        List<PointResult> points = previous.flatMap(reader::wave)
            .map(before -> WaveFigures.withChanges(current, pointsOf(organisation, read(before), grouping, scope)))
            .orElse(current);
        return new Report(wave, previous, grouping, points);
    }

    /** Everything a wave's figures are made of, read once: one report splits the same rows several ways. */
    private record WaveRows(SurveyDefinition definition, List<String> units, List<String> roles, List<Respondent> respondents,
                            List<ScoredAnswer> scoredAnswers, List<IssuedCodes> issuedCodes) {
    }

    private WaveRows read(ResultsReader.FieldedWave wave) {
        return new WaveRows(definitionOf(wave), reader.units(wave.id()), reader.roles(wave.id()), reader.respondents(wave.id()),
            reader.scoredAnswers(wave.id()), reader.issuedCodes(wave.id()));
    }

    /**
     * A narrower view (a unit leader's units, one unit) keeps hidden every unit the whole organisation's
     * split by unit hides, or an analyst could subtract a unit shown there from the organisation's total.
     * Split otherwise, a point whose total the narrower split by unit hides is hidden entirely, since its
     * total is that same sum.
     */
    private List<PointResult> pointsOf(Organisation organisation, WaveRows wave, Grouping grouping, ResultScope scope) {
        if (scope.wholeOrganisation()) {
            return pointsOf(organisation, wave, grouping, scope, Map.of());
        }
        Map<String, Set<String>> hiddenInOrganisation = pointsOf(organisation, wave, Grouping.UNIT, ResultScope.WHOLE_ORGANISATION, Map.of())
            .stream().collect(Collectors.toMap(PointResult::point, PointResult::hiddenGroups));
        List<PointResult> units = pointsOf(organisation, wave, Grouping.UNIT, scope, hiddenInOrganisation);
        if (grouping == Grouping.UNIT) {
            return units;
        }
        Set<String> totalHidden = units.stream().filter(point -> point.total().suppressed()).map(PointResult::point).collect(Collectors.toSet());
        return pointsOf(organisation, wave, grouping, scope, Map.of()).stream()
            .map(point -> totalHidden.contains(point.point()) ? point.hiddenEntirely(Suppression.Reason.HIDDEN_IN_WIDER_TABLE) : point)
            .toList();
    }

    private List<PointResult> pointsOf(Organisation organisation, WaveRows wave, Grouping grouping, ResultScope scope,
                                       Map<String, Set<String>> hiddenInWiderTable) {
        List<String> units = scope.units(wave.units());
        List<String> groups = switch (grouping) {
            case UNIT -> units;
            case AREA -> units.stream().map(unit -> organisation.areaOfUnit(unit).map(Area::id).orElse("")).distinct().toList();
            case ROLE -> wave.roles();
            case ANSWERED_HOW -> Arrays.stream(AnsweredHow.values()).map(AnsweredHow::id).toList();
        };
        return new WaveFigures(wave.definition(), organisation, grouping).results(groups,
            scope.respondents(wave.respondents()), wave.scoredAnswers(), scope.codes(wave.issuedCodes()), hiddenInWiderTable);
    }

    private SurveyDefinition definitionOf(ResultsReader.FieldedWave wave) {
        try {
            return json.readValue(wave.definition(), SurveyDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The survey of wave " + wave.id() + " cannot be read", e);
        }
    }
}
