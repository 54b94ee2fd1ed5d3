package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.platform.testing.Browserless;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which wave a period's measurement points come from, and where the complainants' rating of the handling is shown,
 * against the fake services ({@link InsightFixture}): the standing Klagebehandling waves are listed by the survey
 * service like any other wave, but only a satisfaction survey's wave carries the points; the rating belongs to the
 * point the catalogue gives it, with the previous half-year and the trend like every other indicator.
 */
@MicronautTest(environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointWavesAndRatingTest implements TestPropertyProvider {

    private static final String RATING_POINT = "point-opfoelgning-paa-klager";
    private static final String COUNT_POINT = "point-udvikling-i-antallet-af-klager";

    @Inject
    EmbeddedServer server;

    FakeServices services;

    @Override
    public Map<String, String> getProperties() {
        services = FakeServices.start();
        return services.gatewayProperties();
    }

    @BeforeEach
    void forgetCalls() {
        services.calls().clear();
    }

    @AfterAll
    void stopServices() {
        services.close();
    }

    // ---- which wave

    @Test
    void aHalfYearWithOnlyTheStandingKlagebehandlingWaveSaysItHasNoMeasurementAndAsksNothingOfThatWave() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026H2").body();

        assertThat(SignedIn.section(page, "point-god-servicekultur")).contains("Ingen måling i perioden.")
            .doesNotContain("Målepunktet indgik ikke i målingen.").doesNotContain(InsightFixture.STANDING_2026H2_NAME);
        assertThat(resultsCalls()).doesNotContain(InsightFixture.STANDING_2026H1, InsightFixture.STANDING_2026H2)
            .contains(InsightFixture.WAVE_2025, InsightFixture.WAVE_2026);
    }

    @Test
    void theWavesOverTimeAndTheWaveFilterHoldOnlyTheSatisfactionSurveysWaves() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026H1").body();

        String chart = SignedIn.section(page, "point-god-servicekultur");
        assertThat(chart).contains("<th scope=\"row\">" + InsightFixture.WAVE_2025_NAME + "</th>")
            .contains("<th scope=\"row\">" + InsightFixture.WAVE_2026_NAME + "</th>").doesNotContain("Klagebehandling");
        assertThat(page).contains("<option value=\"wave-" + InsightFixture.WAVE_2026 + "\">")
            .doesNotContain("value=\"wave-" + InsightFixture.STANDING_2026H1 + "\"").doesNotContain("value=\"wave-" + InsightFixture.STANDING_2026H2 + "\"");
        assertThat(SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=wave-" + InsightFixture.STANDING_2026H2).body())
            .as("a Klagebehandling wave is not a period of the points").doesNotContain("<option value=\"wave-" + InsightFixture.STANDING_2026H2);
    }

    @Test
    void theHalfYearStatusComparesWithTheLastSatisfactionWaveOfThePreviousHalfYear() {
        Browserless bo = SignedIn.as(server.getURI(), "bo");

        String page = bo.get("/o/slagelse/indsigt/halvaar/2026H2").body();
        String csv = new String(SignedIn.bytes(server.getURI(), bo, "/o/slagelse/indsigt/halvaar/2026H2/status.csv").body(), StandardCharsets.UTF_8);

        assertThat(SignedIn.section(page, "point-god-servicekultur")).contains("Ingen måling i perioden.").doesNotContain("Klagebehandling");
        assertThat(csv).doesNotContain(InsightFixture.STANDING_2026H2_NAME).contains("Ingen måling i perioden.");
        assertThat(resultsCalls()).doesNotContain(InsightFixture.STANDING_2026H1, InsightFixture.STANDING_2026H2);
    }

    @Test
    void theStartPagesLatestResultsAreTheLatestSatisfactionWaveNotTheNewerStandingWave() {
        String latest = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/personale").body();

        assertThat(latest).contains("Fra målingen " + InsightFixture.WAVE_2026_NAME + ".").doesNotContain(InsightFixture.STANDING_2026H2_NAME)
            .contains("data-point=\"god-servicekultur\"").doesNotContain("data-point=\"klagebehandling\"");
        assertThat(resultsCalls()).containsExactly(InsightFixture.WAVE_2026);
    }

    // ---- the complainants' rating

    @Test
    void theRatingIsShownOnTheFollowUpPointOnlyNotOnTheNumberOfComplaints() {
        Browserless bo = SignedIn.as(server.getURI(), "bo");

        String dashboard = bo.get("/o/slagelse/indsigt?period=2026H1").body();
        String halfYear = bo.get("/o/slagelse/indsigt/halvaar/2026H1").body();
        String countPage = bo.get("/o/slagelse/indsigt/punkt/udvikling-i-antallet-af-klager?period=2026H1").body();
        String ratingPage = bo.get("/o/slagelse/indsigt/punkt/opfoelgning-paa-klager?period=2026H1").body();

        for (String page : new String[] {dashboard, halfYear}) {
            assertThat(SignedIn.section(page, RATING_POINT)).contains("data-indicator=\"handling-rating\"")
                .contains("Klagernes vurdering af klagebehandlingen (andel positive)");
            assertThat(SignedIn.section(page, COUNT_POINT)).doesNotContain("handling-rating").doesNotContain("Klagernes vurdering")
                .contains("data-indicator=\"complaints-per-100\"").contains("data-indicator=\"answered-within-deadline\"");
        }
        assertThat(countPage).doesNotContain("data-indicator=\"handling-rating\"").doesNotContain("chart-udvikling-i-antallet-af-klager-handling-rating");
        assertThat(ratingPage).contains("data-indicator=\"handling-rating\"").contains("chart-opfoelgning-paa-klager-handling-rating");
    }

    @Test
    void theRatingHasThePreviousHalfYearTheChangeAndATrendSaidInWords() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026H1").body();

        // 6 of 9 (35 %–88 %) against 2 of 20 (3 %–30 %): the intervals do not overlap.
        assertThat(ratingRow(page)).contains("<td class=\"insight-value\">67 %</td>").contains("<td>10 % (2. halvår 2025)</td>")
            .contains("<td>+57 procentpoint</td>").contains("Steg mere end tilfældigt").contains("<td>9</td>");
    }

    @Test
    void aRatingChangeWithinTheNoiseIsSteadyAndWithoutAPreviousRatingItCannotBeCompared() {
        Browserless bo = SignedIn.as(server.getURI(), "bo");

        // 2 of 20 against 5 of 10 (24 %–76 %): the intervals overlap.
        assertThat(ratingRow(bo.get("/o/slagelse/indsigt?period=2025H2").body())).contains("<td class=\"insight-value\">10 %</td>")
            .contains("<td>50 % (1. halvår 2025)</td>").contains("<td>−40 procentpoint</td>").contains("Uændret inden for usikkerheden");
        // 2024H2's rating is hidden: nothing to compare with.
        assertThat(ratingRow(bo.get("/o/slagelse/indsigt?period=2025H1").body())).contains("<td class=\"insight-value\">50 %</td>")
            .contains("<td>–</td>").contains("Kan ikke sammenlignes");
    }

    @Test
    void theHalfYearStatusItsCsvAndItsSummaryCarryTheRatingsTrend() {
        Browserless bo = SignedIn.as(server.getURI(), "bo");

        String page = bo.get("/o/slagelse/indsigt/halvaar/2026H1").body();
        String csv = new String(SignedIn.bytes(server.getURI(), bo, "/o/slagelse/indsigt/halvaar/2026H1/status.csv").body(), StandardCharsets.UTF_8);
        String english = bo.get("/o/slagelse/indsigt/halvaar/2026H1?lang=en").body();

        assertThat(ratingRow(page)).contains("10 % (2. halvår 2025)").contains("+57 procentpoint").contains("Steg mere end tilfældigt");
        assertThat(csv).contains("opfoelgning-paa-klager").contains("Klagernes vurdering af klagebehandlingen (andel positive),1. halvår 2026,67 %,"
            + "2. halvår 2025,10 %,+57 procentpoint,Steg mere end tilfældigt,9");
        assertThat(page.substring(page.indexOf("<ul class=\"insight-summary\">")))
            .contains("Systematisk opfølgning og feedback på klager: Klagernes vurdering af klagebehandlingen (andel positive) steg fra 10 % til 67 %");
        assertThat(ratingRow(english)).contains("10% (Half-year 2 of 2025)").contains("Rose by more than chance");
    }

    private static String ratingRow(String page) {
        Matcher row = Pattern.compile("<tr data-indicator=\"handling-rating\">.*?</tr>", Pattern.DOTALL).matcher(SignedIn.section(page, RATING_POINT));
        assertThat(row.find()).as("the rating's row").isTrue();
        return row.group();
    }

    private java.util.List<Long> resultsCalls() {
        return services.calls().stream().filter(call -> call.path().endsWith("/results"))
            .map(call -> Long.parseLong(call.path().split("/")[5])).distinct().toList();
    }
}
