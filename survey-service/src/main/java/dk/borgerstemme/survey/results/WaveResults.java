package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The results of a wave as one staff member may see them, with the change since the previous wave. */
@Singleton
class WaveResults {

    /** {@code comparisons} per point; empty without a previous wave. */
    record Report(ResultsReader.FieldedWave wave, Optional<Long> previousWave, Split split, List<PointResult> points,
                  Map<String, WaveComparison.PointComparison> comparisons) {
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

    Report report(Organisation organisation, ResultsReader.FieldedWave wave, Split split, ResultScope scope) {
        WaveRows now = read(wave);
        List<PointResult> current = new WaveTables(organisation, now).view(split, scope);
        Optional<Long> previousId = reader.previousWave(wave.id());
        Optional<ResultsReader.FieldedWave> previous = previousId.flatMap(reader::wave);
        if (previous.isEmpty()) {
            return new Report(wave, previousId, split, current, Map.of());
        }
        WaveRows before = read(previous.get());
        List<PointResult> shownBefore = new WaveTables(organisation, before).view(split, scope);
        Map<String, WaveComparison.PointComparison> comparisons = WaveComparison.perPoint(before.definition(), now.definition());
        if (comparisons.values().stream().allMatch(WaveComparison.PointComparison::likeForLike)) {
            return new Report(wave, previousId, split, WaveComparison.withChanges(current, shownBefore, current, shownBefore), comparisons);
        }
        Set<String> common = comparisons.values().stream().flatMap(point -> point.comparedOn().stream()).collect(Collectors.toSet());
        List<PointResult> currentOnCommon = new WaveTables(organisation,
            now.readAs(WaveComparison.restrictedTo(now.definition(), common))).view(split, scope);
        List<PointResult> previousOnCommon = new WaveTables(organisation,
            before.readAs(WaveComparison.restrictedTo(before.definition(), common))).view(split, scope);
        // A like-for-like point is compared in full; the restricted figures are the same questions anyway.
        List<PointResult> points = WaveComparison.withChanges(current, shownBefore, currentOnCommon, previousOnCommon);
        return new Report(wave, previousId, split, points, comparisons);
    }

    WaveRows read(ResultsReader.FieldedWave wave) {
        return new WaveRows(definitionOf(wave), reader.units(wave.id()), reader.roles(wave.id()), reader.respondents(wave.id()),
            reader.scoredAnswers(wave.id()), reader.issuedCodes(wave.id()));
    }

    SurveyDefinition definitionOf(ResultsReader.FieldedWave wave) {
        try {
            return ComplaintHandlingPoint.asReadForResults(json.readValue(wave.definition(), SurveyDefinition.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The survey of wave " + wave.id() + " cannot be read", e);
        }
    }
}
