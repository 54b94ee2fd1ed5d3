package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Unit;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.invitation.Invitation;
import dk.borgerstemme.survey.invitation.InvitationCode;
import dk.borgerstemme.survey.invitation.InvitationRepository;
import dk.borgerstemme.survey.kiosk.Kiosk;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Waves as staff manage them: fielding a published survey version for a period in chosen units for chosen
 * respondent roles, closing it early, making batches of single-use codes and a kiosk link per unit.
 * Every rule about what may be fielded is checked here, for the pages and the JSON API alike.
 */
@Singleton
public class Waves {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_BATCH_SIZE = 1000;

    /** A survey version that may be fielded, with its definition. */
    public record Fieldable(long versionId, int number, SurveyDefinition definition) {
    }

    /** A batch with its codes, for the CSV and the letters. */
    public record BatchCodes(Wave wave, InvitationBatch batch, SurveyDefinition definition, List<InvitationCode> codes) {
    }

    private final WaveRepository waves;
    private final WaveScope scope;
    private final WaveReader reader;
    private final FieldedDefinitions definitions;
    private final InvitationRepository invitations;
    private final InvitationBatch.Repository batches;
    private final Kiosk.Repository kiosks;
    private final Clock clock;

    Waves(WaveRepository waves, WaveScope scope, WaveReader reader, FieldedDefinitions definitions, InvitationRepository invitations,
          InvitationBatch.Repository batches, Kiosk.Repository kiosks, Clock clock) {
        this.waves = waves;
        this.scope = scope;
        this.reader = reader;
        this.definitions = definitions;
        this.invitations = invitations;
        this.batches = batches;
        this.kiosks = kiosks;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The published survey versions of the organisation, newest version of each survey first. */
    public List<Fieldable> fieldable(Organisation organisation) {
        return reader.publishedVersions(organisation.shortName()).stream()
            .map(version -> new Fieldable(version.id(), version.number(), definitions.of(version.id())))
            .toList();
    }

    public List<Wave> all(Organisation organisation) {
        return waves.newestFirst(organisation.shortName());
    }

    public Optional<Wave> find(Organisation organisation, long waveId) {
        return waves.findByIdAndOrganisation(waveId, organisation.shortName());
    }

    public List<String> units(Wave wave) {
        return scope.units(wave.id());
    }

    public List<String> roles(Wave wave) {
        return scope.roles(wave.id());
    }

    public SurveyDefinition definition(Wave wave) {
        return definitions.of(wave.surveyVersionId());
    }

    public List<CodeCounts> counts(Wave wave) {
        return reader.counts(wave.id());
    }

    public List<InvitationBatch> batches(Wave wave) {
        return batches.findByWaveIdOrderByIdDesc(wave.id());
    }

    public Optional<Kiosk> kiosk(Wave wave, String unit, String role) {
        return kiosks.findByWaveIdAndUnitAndRole(wave.id(), unit, role);
    }

    /** Problems with a plan, field by field; empty when it may be fielded. */
    public Map<String, String> check(Organisation organisation, WavePlan plan) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = plan.name() == null ? "" : plan.name().strip();
        if (name.isEmpty()) {
            problems.put("name", "waves.problem.name.required");
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.put("name", "waves.problem.name.tooLong");
        }
        Optional<Fieldable> version = Optional.ofNullable(plan.surveyVersionId())
            .flatMap(id -> fieldable(organisation).stream().filter(candidate -> candidate.versionId() == id).findFirst());
        if (plan.surveyVersionId() == null) {
            problems.put("surveyVersionId", "waves.problem.survey.required");
        } else if (version.isEmpty()) {
            problems.put("surveyVersionId", "waves.problem.survey.unknown");
        }
        if (plan.opensOn() == null) {
            problems.put("opensOn", "waves.problem.opensOn.required");
        }
        if (plan.closesOn() == null) {
            problems.put("closesOn", "waves.problem.closesOn.required");
        } else if (plan.opensOn() != null && plan.closesOn().isBefore(plan.opensOn())) {
            problems.put("closesOn", "waves.problem.closesOn.beforeOpens");
        } else if (plan.closesOn().isBefore(today())) {
            problems.put("closesOn", "waves.problem.closesOn.past");
        }
        if (plan.units().isEmpty()) {
            problems.put("units", "waves.problem.units.required");
        } else if (!plan.units().stream().allMatch(unit -> organisation.unit(unit).isPresent())) {
            problems.put("units", "waves.problem.units.unknown");
        }
        if (plan.roles().isEmpty()) {
            problems.put("roles", "waves.problem.roles.required");
        } else if (version.isPresent() && !plan.roles().stream().allMatch(role -> version.get().definition().isFor(role)
            && organisation.respondentRole(role).isPresent())) {
            problems.put("roles", "waves.problem.roles.notInSurvey");
        }
        return problems;
    }

    @Transactional
    public Checked<Wave> create(Organisation organisation, WavePlan plan) {
        Map<String, String> problems = check(organisation, plan);
        if (!problems.isEmpty()) {
            return Checked.refused(problems);
        }
        Wave wave = waves.save(new Wave(null, organisation.shortName(), plan.surveyVersionId(), plan.name().strip(),
            plan.opensOn(), plan.closesOn(), null));
        Set<String> chosenUnits = Set.copyOf(plan.units());
        organisation.units().stream().map(Unit::id).filter(chosenUnits::contains).forEach(unit -> scope.addUnit(wave.id(), unit));
        plan.roles().stream().distinct().sorted().forEach(role -> scope.addRole(wave.id(), role));
        return Checked.ok(wave);
    }

    /** Closes the wave from today on: its codes and kiosk links are refused as after the end date. */
    @Transactional
    public Wave close(Wave wave) {
        waves.close(wave.id(), today());
        return waves.findById(wave.id()).orElseThrow();
    }

    /** Makes {@code size} new single-use codes for a unit and role of the wave, all or none. */
    @Transactional
    public Checked<InvitationBatch> generate(Wave wave, String unit, String role, int size) {
        Map<String, String> problems = checkUnitAndRole(wave, unit, role);
        if (size < 1 || size > MAX_BATCH_SIZE) {
            problems.put("count", "waves.problem.count.range");
        }
        if (wave.hasEndedBy(today())) {
            problems.put("wave", "waves.problem.wave.ended");
        }
        if (!problems.isEmpty()) {
            return Checked.refused(problems);
        }
        LocalDate today = today();
        InvitationBatch batch = batches.save(new InvitationBatch(null, wave.id(), unit, role, size, today));
        Set<String> made = new HashSet<>();
        while (made.size() < size) {
            InvitationCode code = InvitationCode.generate();
            if (made.contains(code.value()) || invitations.existsById(code.value())) {
                continue;
            }
            invitations.save(new Invitation(code.value(), wave.id(), unit, role, today, false, null, null));
            batches.addCode(batch.id(), code.value());
            made.add(code.value());
        }
        return Checked.ok(batch);
    }

    public Optional<BatchCodes> batchCodes(Wave wave, long batchId) {
        return batches.findByIdAndWaveId(batchId, wave.id()).map(batch -> new BatchCodes(wave, batch, definition(wave),
            reader.batchCodes(batch.id()).stream().map(InvitationCode::new).toList()));
    }

    /** The unit's kiosk link for the role, made the first time it is asked for. */
    @Transactional
    public Checked<Kiosk> kioskLink(Wave wave, String unit, String role) {
        Map<String, String> problems = checkUnitAndRole(wave, unit, role);
        if (!problems.isEmpty()) {
            return Checked.refused(problems);
        }
        return Checked.ok(kiosks.findByWaveIdAndUnitAndRole(wave.id(), unit, role)
            .orElseGet(() -> kiosks.save(new Kiosk(Kiosk.newToken(), wave.id(), unit, role, today()))));
    }

    private Map<String, String> checkUnitAndRole(Wave wave, String unit, String role) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (unit == null || !units(wave).contains(unit)) {
            problems.put("unit", "waves.problem.unit.notInWave");
        }
        if (role == null || !roles(wave).contains(role)) {
            problems.put("role", "waves.problem.role.notInWave");
        }
        return problems;
    }
}
