package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.GatewayTestProperties;
import dk.borgerstemme.platform.testing.Browserless;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The survey service stopped, the complaint service too slow: the portal renders what it has and says what is missing. */
@MicronautTest(environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightWithServicesDownTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    FakeServices slowComplaints;

    @Override
    public Map<String, String> getProperties() {
        slowComplaints = FakeServices.start();
        slowComplaints.answerAfter(2_500);
        Map<String, String> properties = new HashMap<>(GatewayTestProperties.withBackendsDown());
        properties.put("borgerstemme.services.complaint-url", slowComplaints.uri().toString());
        properties.put("borgerstemme.insight.timeout", "1s");
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @AfterAll
    void stop() {
        slowComplaints.close();
    }

    @Test
    void withTheSurveyServiceStoppedTheDashboardStillRendersAndSaysWhatIsMissing() {
        Browserless bo = SignedIn.as(server.getURI(), "bo");
        Instant start = Instant.now();

        HttpResponse<String> page = bo.get("/o/slagelse/indsigt?period=2026H1");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .contains("Tal fra brugerundersøgelserne mangler: undersøgelsestjenesten svarede ikke i tide.")
            .contains("Klagetal mangler: klagetjenesten svarede ikke i tide.")
            .contains("Etablering af en god servicekultur")
            .contains("Tal kunne ikke hentes fra undersøgelsestjenesten.")
            .doesNotContain("Exception");
    }

    @Test
    void theHalfYearStatusAndItsPdfStillComeWithANotice() {
        Browserless bo = SignedIn.as(server.getURI(), "bo");

        HttpResponse<String> page = bo.get("/o/slagelse/indsigt/halvaar/2026H1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tal fra brugerundersøgelserne mangler").contains("Klagetal mangler");
        assertThat(SignedIn.bytes(server.getURI(), bo, "/o/slagelse/indsigt/halvaar/2026H1/status.pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void theStaffStartPageSaysPlainlyThatTheCaseCountsAreNotAvailable() {
        String page = SignedIn.as(server.getURI(), "dan").get("/o/slagelse/personale").body();

        assertThat(page).contains("Antal sager over frist og med frist snart er ikke tilgængeligt lige nu")
            .contains("href=\"/o/slagelse/klage/sager\"");
    }

    @Test
    void withTheSurveyServiceStoppedAUnitLeadersStartPageSaysTheResultsAreMissingAndShowsTheRest() {
        HttpResponse<String> page = SignedIn.as(server.getURI(), "clara").get("/o/slagelse/personale");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Seneste resultater for dine enheder")
            .contains("Resultaterne kan ikke hentes fra undersøgelsestjenesten lige nu.")
            .contains("href=\"/o/slagelse/indsigt\"").contains("Botilbuddet Solvang").doesNotContain("Exception");
    }

    @Test
    void withTheSurveyServiceStoppedAPointPageSaysTheQuestionsAreMissing() {
        HttpResponse<String> page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt/punkt/god-servicekultur");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Spørgsmålene bag målepunktet").contains("Etablering af en god servicekultur").doesNotContain("Exception");
    }
}
