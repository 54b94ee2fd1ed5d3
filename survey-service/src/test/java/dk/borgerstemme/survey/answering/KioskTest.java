package dk.borgerstemme.survey.answering;

import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.platform.testing.UsesTestDatabase;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.invitation.InvitationRepository;
import dk.borgerstemme.survey.kiosk.Kiosk;
import dk.borgerstemme.survey.wave.SurveyRepositories;
import dk.borgerstemme.survey.wave.SurveyRow;
import dk.borgerstemme.survey.wave.SurveyVersionRow;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskTest implements UsesTestDatabase {

    private static final String BASE = "/o/slagelse/s";

    @Inject
    EmbeddedServer server;

    @Inject
    DefaultSurveys defaults;

    @Inject
    SurveyRepositories.Surveys surveys;

    @Inject
    SurveyRepositories.Versions versions;

    @Inject
    WaveRepository waves;

    @Inject
    Kiosk.Repository kiosks;

    @Inject
    InvitationRepository invitations;

    @Inject
    SavedAnswersRepository saved;

    @Inject
    ObjectMapper json;

    String link;
    String closedLink;

    @BeforeAll
    void aKioskAtBotilbuddetSolvang() throws Exception {
        SurveyDefinition definition = defaults.forFramework("slagelse-2024-2030").get(0);
        LocalDate today = LocalDate.now();
        SurveyRow survey = surveys.save(new SurveyRow(null, "slagelse", definition.id(), today, null));
        SurveyVersionRow version = versions.save(new SurveyVersionRow(null, survey.id(), 1, json.writeValueAsString(definition), today));
        Wave open = waves.save(new Wave(null, "slagelse", version.id(), "Åben", today.minusDays(1), today.plusDays(30), null));
        Wave closed = waves.save(new Wave(null, "slagelse", version.id(), "Slut", today.minusDays(30), today.minusDays(1), null));
        link = BASE + "/kiosk/" + kiosks.save(new Kiosk(Kiosk.newToken(), open.id(), "botilbuddet-solvang", "borger", today)).token();
        closedLink = BASE + "/kiosk/" + kiosks.save(new Kiosk(Kiosk.newToken(), closed.id(), "botilbuddet-solvang", "borger", today)).token();
    }

    @Test
    void eachVisitToTheKioskLinkStartsAFreshAnonymousResponse() {
        Browserless tablet = new Browserless(server.getURI());

        assertThat(tablet.get(link).headers().firstValue("Location")).hasValue(BASE + "/intro");
        String first = tablet.cookie(AnsweringController.CODE_COOKIE).orElseThrow();
        tablet.get(link);
        String second = tablet.cookie(AnsweringController.CODE_COOKIE).orElseThrow();

        assertThat(first).isNotEqualTo(second);
        assertThat(invitations.findById(second).orElseThrow().requestedBy()).isEqualTo("kiosk");
    }

    @Test
    void goingBackToTheStartThrowsAwayTheUnfinishedAnswersOfThePersonBefore() {
        Browserless tablet = new Browserless(server.getURI());
        tablet.get(link);
        String before = tablet.cookie(AnsweringController.CODE_COOKIE).orElseThrow();
        tablet.submit(BASE + "/intro", BASE + "/intro", Map.of("hvordan", "alene"));
        assertThat(saved.existsById(before)).isTrue();

        tablet.get(link);

        assertThat(saved.existsById(before)).isFalse();
        assertThat(tablet.get(BASE + "/intro").body()).doesNotContain("checked");
    }

    @Test
    void everySurveyPageOnTheTabletKnowsWhereToResetTo() {
        Browserless tablet = new Browserless(server.getURI());
        tablet.get(link);

        assertThat(tablet.get(BASE + "/intro").body()).contains("data-kiosk-reset=\"" + link + "\"").contains("data-kiosk-idle=\"180\"");
    }

    @Test
    void aKioskOfAClosedWaveSaysTheSurveyHasEnded() {
        assertThat(new Browserless(server.getURI()).get(closedLink).body()).contains("Undersøgelsen er slut");
    }

    @Test
    void anUnknownKioskLinkIsNotFound() {
        assertThat(new Browserless(server.getURI()).get(BASE + "/kiosk/" + Kiosk.newToken()).statusCode()).isEqualTo(404);
    }
}
