package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.testing.UsesTestDatabase;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.invitation.CodeCheck;
import dk.borgerstemme.survey.invitation.InvitationCode;
import dk.borgerstemme.survey.invitation.InvitationRepository;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Waves on the real database: fielding, batches of codes, the counts staff see, and closing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WavesTest implements UsesTestDatabase {

    private static final String SOLVANG = "botilbuddet-solvang";
    private static final String HAVNEVEJ = "botilbuddet-havnevej";

    @Inject
    Waves waves;

    @Inject
    Catalogue catalogue;

    @Inject
    DefaultSurveys defaults;

    @Inject
    SurveyRepositories.Surveys surveys;

    @Inject
    SurveyRepositories.Versions versions;

    @Inject
    InvitationRepository invitations;

    @Inject
    CodeCheck codeCheck;

    @Inject
    ObjectMapper json;

    Organisation slagelse;
    SurveyVersionRow version;

    @BeforeAll
    void aPublishedSurvey() {
        slagelse = catalogue.require("slagelse");
        version = FieldedSurvey.publishedSlagelseSurvey(defaults, surveys, versions, json);
    }

    @Test
    void anAdministratorFieldsAPublishedSurveyInChosenUnitsForChosenRoles() {
        Wave wave = field("Efterår");

        assertThat(waves.units(wave)).containsExactly(HAVNEVEJ, SOLVANG);
        assertThat(waves.roles(wave)).containsExactly("borger");
        assertThat(waves.fieldable(slagelse)).extracting(Waves.Fieldable::versionId).contains(version.id());
    }

    @Test
    void aPlanWithMistakesIsRefusedFieldByField() {
        LocalDate today = LocalDate.now();
        Checked<Wave> refused = waves.create(slagelse, new WavePlan(" ", 999_999L, today, today.minusDays(1),
            List.of("no-such-unit"), List.of()));

        assertThat(refused.isOk()).isFalse();
        assertThat(refused.problems()).containsExactly(
            java.util.Map.entry("name", "waves.problem.name.required"),
            java.util.Map.entry("surveyVersionId", "waves.problem.survey.unknown"),
            java.util.Map.entry("closesOn", "waves.problem.closesOn.beforeOpens"),
            java.util.Map.entry("units", "waves.problem.units.unknown"),
            java.util.Map.entry("roles", "waves.problem.roles.required"));
    }

    @Test
    void aRoleTheSurveyIsNotWrittenForIsRefused() {
        LocalDate today = LocalDate.now();
        Checked<Wave> refused = waves.create(slagelse, new WavePlan("Kommuner", version.id(), today, today.plusDays(10),
            List.of(SOLVANG), List.of("koebende-kommune")));

        assertThat(refused.problems()).containsEntry("roles", "waves.problem.roles.notInSurvey");
    }

    @Test
    void aBatchOfCodesIsThatManyUniqueValidUnusedCodesForTheUnitAndRole() {
        Wave wave = field("Batch");

        InvitationBatch batch = waves.generate(wave, SOLVANG, "borger", 150).value().orElseThrow();
        Waves.BatchCodes codes = waves.batchCodes(wave, batch.id()).orElseThrow();

        assertThat(codes.codes()).hasSize(150);
        Set<String> distinct = new HashSet<>();
        for (InvitationCode code : codes.codes()) {
            distinct.add(code.value());
            assertThat(InvitationCode.parse(code.display())).contains(code);
            assertThat(invitations.findById(code.value())).hasValueSatisfying(invitation -> {
                assertThat(invitation.unit()).isEqualTo(SOLVANG);
                assertThat(invitation.role()).isEqualTo("borger");
                assertThat(invitation.used()).isFalse();
            });
        }
        assertThat(distinct).hasSize(150);
        assertThat(codeCheck.check("slagelse", codes.codes().get(0).display()).accepted()).isPresent();
    }

    @Test
    void theCountsSayHowManyCodesWereIssuedAndUsedPerUnitNeverWhich() {
        Wave wave = field("Tællinger");
        InvitationBatch solvang = waves.generate(wave, SOLVANG, "borger", 5).value().orElseThrow();
        waves.generate(wave, HAVNEVEJ, "borger", 3);
        List<InvitationCode> codes = waves.batchCodes(wave, solvang.id()).orElseThrow().codes();
        invitations.claim(codes.get(0).value());
        invitations.claim(codes.get(1).value());

        assertThat(waves.counts(wave)).containsExactly(
            new CodeCounts(HAVNEVEJ, "borger", 3, 0, 0),
            new CodeCounts(SOLVANG, "borger", 5, 2, 0));
    }

    @Test
    void aBatchIsRefusedForAUnitOutsideTheWaveAndForABadCount() {
        Wave wave = field("Forkert");

        assertThat(waves.generate(wave, "misbrugscentret", "borger", 5).problems()).containsKey("unit");
        assertThat(waves.generate(wave, SOLVANG, "vaerge", 5).problems()).containsKey("role");
        assertThat(waves.generate(wave, SOLVANG, "borger", 0).problems()).containsKey("count");
        assertThat(waves.generate(wave, SOLVANG, "borger", 1001).problems()).containsKey("count");
        assertThat(waves.counts(wave)).isEmpty();
    }

    @Test
    void closingAWaveMakesItsCodesRefuseAsExpiredAndStopsNewBatches() {
        Wave wave = field("Lukkes");
        InvitationBatch batch = waves.generate(wave, SOLVANG, "borger", 2).value().orElseThrow();
        InvitationCode code = waves.batchCodes(wave, batch.id()).orElseThrow().codes().get(0);
        assertThat(codeCheck.check("slagelse", code.value()).accepted()).isPresent();

        Wave closed = waves.close(wave);

        assertThat(closed.closedOn()).isEqualTo(LocalDate.now());
        assertThat(WaveState.of(closed, LocalDate.now())).isEqualTo(WaveState.CLOSED);
        assertThat(codeCheck.check("slagelse", code.value()).refusal()).contains(CodeCheck.Refusal.CLOSED);
        assertThat(waves.generate(closed, SOLVANG, "borger", 2).problems()).containsKey("wave");
    }

    @Test
    void aKioskLinkIsMadeOnceAndShownAgain() {
        Wave wave = field("Kiosk");

        String first = waves.kioskLink(wave, SOLVANG, "borger").value().orElseThrow().token();
        String again = waves.kioskLink(wave, SOLVANG, "borger").value().orElseThrow().token();

        assertThat(again).isEqualTo(first);
        assertThat(waves.kioskLink(wave, "bpa", "borger").isOk()).isFalse();
    }

    private Wave field(String name) {
        LocalDate today = LocalDate.now();
        return waves.create(slagelse, new WavePlan(name, version.id(), today.minusDays(1), today.plusDays(30),
            List.of(SOLVANG, HAVNEVEJ), List.of("borger"))).value().orElseThrow();
    }
}
