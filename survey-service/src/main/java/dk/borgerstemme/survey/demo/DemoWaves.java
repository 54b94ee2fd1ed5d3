package dk.borgerstemme.survey.demo;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Unit;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.definition.SurveyKind;
import dk.borgerstemme.survey.invitation.Invitation;
import dk.borgerstemme.survey.invitation.InvitationCode;
import dk.borgerstemme.survey.invitation.InvitationRepository;
import dk.borgerstemme.survey.kiosk.Kiosk;
import dk.borgerstemme.survey.wave.SurveyRepositories;
import dk.borgerstemme.survey.wave.SurveyRow;
import dk.borgerstemme.survey.wave.SurveyVersionRow;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import dk.borgerstemme.survey.wave.WaveScope;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo data for a first start with {@code ./run.sh}: for each organisation without surveys, its
 * framework's satisfaction survey fielded in every unit for citizens, open from yesterday for
 * ninety days, with invitation codes and a kiosk link per unit written to
 * {@code demo-invitation-codes.txt} and {@code demo-kiosk-links.txt} in the data directory so a
 * person can try answering. Only in the {@code demo} environment.
 */
@Singleton
@Requires(env = "demo")
class DemoWaves {

    static final int CODES_PER_UNIT = 10;
    static final String CODES_FILE = "demo-invitation-codes.txt";
    static final String KIOSKS_FILE = "demo-kiosk-links.txt";

    private final Catalogue catalogue;
    private final DefaultSurveys defaults;
    private final SurveyRepositories.Surveys surveys;
    private final SurveyRepositories.Versions versions;
    private final WaveRepository waves;
    private final WaveScope scope;
    private final InvitationRepository invitations;
    private final Kiosk.Repository kiosks;
    private final ObjectMapper json;
    private final Clock clock;
    private final Path dataDir;

    DemoWaves(Catalogue catalogue, DefaultSurveys defaults, SurveyRepositories.Surveys surveys, SurveyRepositories.Versions versions,
              WaveRepository waves, WaveScope scope, InvitationRepository invitations, Kiosk.Repository kiosks, ObjectMapper json, Clock clock,
              @Value("${borgerstemme.data-dir:data}") String dataDir) {
        this.catalogue = catalogue;
        this.defaults = defaults;
        this.surveys = surveys;
        this.versions = versions;
        this.waves = waves;
        this.scope = scope;
        this.invitations = invitations;
        this.kiosks = kiosks;
        this.json = json;
        this.clock = clock;
        this.dataDir = Path.of(dataDir, "survey-service");
    }

    @EventListener
    @Transactional
    void seed(StartupEvent started) {
        List<String> codes = new ArrayList<>();
        List<String> kioskLinks = new ArrayList<>();
        for (Organisation organisation : catalogue.organisations()) {
            if (!surveys.existsByOrganisation(organisation.shortName())) {
                seed(organisation, codes, kioskLinks);
            }
        }
        if (!codes.isEmpty()) {
            write(CODES_FILE, codes);
            write(KIOSKS_FILE, kioskLinks);
        }
    }

    private void seed(Organisation organisation, List<String> codes, List<String> kioskLinks) {
        SurveyDefinition definition = defaults.forFramework(organisation.framework().id()).stream()
            .filter(survey -> survey.kind() == SurveyKind.SATISFACTION && survey.isFor("borger"))
            .findFirst()
            .orElse(null);
        if (definition == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        SurveyRow survey = surveys.save(new SurveyRow(null, organisation.shortName(), definition.id(), today, null));
        SurveyVersionRow version = versions.save(new SurveyVersionRow(null, survey.id(), 1, toJson(definition), today));
        Wave wave = waves.save(new Wave(null, organisation.shortName(), version.id(),
            definition.title().da() + " " + today.getYear(), today.minusDays(1), today.plusDays(90), null));
        scope.addRole(wave.id(), "borger");
        for (Unit unit : organisation.units()) {
            scope.addUnit(wave.id(), unit.id());
            Kiosk kiosk = kiosks.save(new Kiosk(Kiosk.newToken(), wave.id(), unit.id(), "borger", today));
            kioskLinks.add(organisation.shortName() + "\t" + unit.id() + "\t/o/" + organisation.shortName() + "/s/kiosk/" + kiosk.token());
            Random random = new Random((organisation.shortName() + "/" + unit.id()).hashCode());
            for (int i = 0; i < CODES_PER_UNIT; i++) {
                InvitationCode code = InvitationCode.generate(random);
                invitations.save(new Invitation(code.value(), wave.id(), unit.id(), "borger", today, false, null, null));
                codes.add(organisation.shortName() + "\t" + unit.id() + "\t" + code.display());
            }
        }
    }

    private String toJson(SurveyDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, List<String> lines) {
        try {
            Files.createDirectories(dataDir);
            Files.write(dataDir.resolve(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
