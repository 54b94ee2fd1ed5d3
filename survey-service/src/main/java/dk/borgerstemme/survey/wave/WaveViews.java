package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.kiosk.Kiosk;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Waves as a staff member may see them: only their units' figures, every unit × role of the wave shown, also at zero. */
@Singleton
class WaveViews {

    private final Waves waves;
    private final SurveyAddress address;

    WaveViews(Waves waves, SurveyAddress address) {
        this.waves = waves;
        this.address = address;
    }

    List<WaveResponses.WaveSummary> summaries(Organisation organisation, WaveAccess access, Locale locale) {
        return summaries(organisation, access, locale, true);
    }

    /** Without {@code counted}, the codes are not counted (null): a wave of 300,000 codes takes a while to count. */
    List<WaveResponses.WaveSummary> summaries(Organisation organisation, WaveAccess access, Locale locale, boolean counted) {
        List<WaveResponses.WaveSummary> summaries = new ArrayList<>();
        for (Wave wave : waves.all(organisation)) {
            if (!access.coversAny(waves.units(wave))) {
                continue;
            }
            List<CodeCounts> counts = counted
                ? waves.counts(wave).stream().filter(count -> access.coversUnit().test(count.unit())).toList() : List.of();
            SurveyDefinition definition = waves.definition(wave);
            summaries.add(new WaveResponses.WaveSummary(wave.id(), wave.name(), definition.title().in(locale), wave.opensOn(),
                wave.closesOn(), wave.closedOn(), WaveState.of(wave, waves.today()),
                counted ? counts.stream().mapToInt(CodeCounts::issued).sum() : null, counted ? counts.stream().mapToInt(CodeCounts::used).sum() : null,
                definition.kind() == null ? null : definition.kind().id()));
        }
        return summaries;
    }

    WaveResponses.WaveDetail detail(Organisation organisation, Wave wave, WaveAccess access, Locale locale) {
        List<String> units = access.visible(waves.units(wave));
        List<String> roles = waves.roles(wave);
        return new WaveResponses.WaveDetail(wave.id(), wave.name(), wave.surveyVersionId(), waves.definition(wave).title().in(locale),
            wave.opensOn(), wave.closesOn(), wave.closedOn(), WaveState.of(wave, waves.today()), units, roles,
            counts(wave, units, roles),
            access.mayManage() ? waves.batches(wave).stream().map(batch -> batch(organisation.shortName(), batch)).toList() : List.of());
    }

    /** Every unit × role of the wave that the staff member may see, with zeros where nothing happened yet. */
    List<CodeCounts> counts(Wave wave, List<String> units, List<String> roles) {
        Map<String, CodeCounts> counted = waves.counts(wave).stream()
            .collect(Collectors.toMap(count -> count.unit() + "/" + count.role(), Function.identity()));
        List<CodeCounts> rows = new ArrayList<>();
        for (String unit : units) {
            for (String role : roles) {
                rows.add(counted.getOrDefault(unit + "/" + role, new CodeCounts(unit, role, 0, 0, 0)));
            }
        }
        return rows;
    }

    WaveResponses.BatchSummary batch(String organisation, InvitationBatch batch) {
        String base = "/api/surveys/" + organisation + "/waves/" + batch.waveId() + "/batches/" + batch.id();
        return new WaveResponses.BatchSummary(batch.id(), batch.unit(), batch.role(), batch.size(), batch.createdOn(),
            base + "/codes.csv", base + "/letters.pdf?language=da", base + "/letters.pdf?language=en");
    }

    String kioskLink(String organisation, Kiosk kiosk) {
        return address.of(organisation) + "/kiosk/" + kiosk.token();
    }
}
