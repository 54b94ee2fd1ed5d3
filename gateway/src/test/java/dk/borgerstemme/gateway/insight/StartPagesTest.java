package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.platform.testing.Browserless;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartPagesTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    FakeServices services;

    @Override
    public Map<String, String> getProperties() {
        services = FakeServices.start();
        return services.gatewayProperties();
    }

    @AfterAll
    void stop() {
        services.close();
    }

    @Test
    void theCitizenPageLeadsToTheSurveyTheComplaintFormAndTheStatusLookup() {
        String page = new Browserless(server.getURI()).get("/o/slagelse").body();

        assertThat(page).contains("href=\"/o/slagelse/s\"").contains("href=\"/o/slagelse/klage\"").contains("href=\"/o/slagelse/klage/status\"")
            .contains("Svar på en undersøgelse med din kode");
    }

    @Test
    void aCaseworkerSeesTheQueueAndTheirOverdueAndDueSoonCounts() {
        String page = SignedIn.as(server.getURI(), "dan").get("/o/slagelse/personale").body();

        assertThat(page).contains("href=\"/o/slagelse/klage/sager\"").doesNotContain("href=\"/o/slagelse/indsigt\"")
            .contains("<dd id=\"workload-overdue\">2</dd>").contains("<dd id=\"workload-due-soon\">3</dd>").contains("Frist inden for 2 arbejdsdage");
    }

    @Test
    void anAnalystSeesInsightAndNoCaseCounts() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/personale").body();

        assertThat(page).contains("href=\"/o/slagelse/indsigt\"").doesNotContain("/klage/sager").doesNotContain("workload-overdue");
    }

    @Test
    void anAdministratorSeesSurveysAndWaves() {
        String page = SignedIn.as(server.getURI(), "anna").get("/o/slagelse/personale").body();

        assertThat(page).contains("href=\"/o/slagelse/s/admin\"").contains("href=\"/o/slagelse/s/maalinger\"").contains("href=\"/o/slagelse/klage/sager\"");
    }

    @Test
    void theDashboardOffersTheListedWavesAsPeriodsAndAWavesComplaintsAreThoseOfTheHalfYearItOpenedIn() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=wave-1").body();

        assertThat(page).contains("<option value=\"wave-1\" selected=\"selected\">Brugerundersøgelse 2025</option>")
            .contains("<option value=\"wave-2\">Brugerundersøgelse 2026</option>")
            .doesNotContain("oplyser endnu ikke");
        assertThat(SignedIn.section(page, "point-god-servicekultur")).contains("<td class=\"insight-value\">50 %</td>");
        assertThat(services.calls()).anySatisfy(call -> assertThat(call.query()).containsEntry("period", "2025H2"));
    }
}
