package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.services.SurveyResults;
import dk.borgerstemme.platform.testing.Browserless;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightPagesTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    FakeServices services;

    @Override
    public Map<String, String> getProperties() {
        services = FakeServices.start();
        return services.gatewayProperties();
    }

    @AfterAll
    void stopServices() {
        services.close();
    }

    @Test
    void anAnalystSeesEverySurveyPointWithTheFiguresTheSurveyServiceGives() throws Exception {
        Browserless bo = SignedIn.as(server.getURI(), "bo");

        HttpResponse<String> page = bo.get("/o/slagelse/indsigt?period=2026H1");

        assertThat(page.statusCode()).isEqualTo(200);
        SurveyResults fromService = json.readValue(directly(bo, "/api/surveys/slagelse/waves/2/results?by=area"), SurveyResults.class);
        SurveyResults previous = json.readValue(directly(bo, "/api/surveys/slagelse/waves/1/results?by=area"), SurveyResults.class);
        for (SurveyResults.Point point : fromService.points()) {
            SurveyResults.Cell total = point.total();
            String section = SignedIn.section(page.body(), "point-" + point.point());
            assertThat(section).as(point.point())
                .contains("<td class=\"insight-value\">" + Math.round(total.sharePositive() * 100) + " %</td>")
                .contains("<td>" + total.n() + "</td>")
                .contains(Math.round(previous.point(point.point()).orElseThrow().total().sharePositive() * 100) + " % (Brugerundersøgelse 2025)")
                .contains(signed(Math.round(total.change() * 100)) + " procentpoint")
                .contains(total.changeBeyondNoise() ? (total.change() > 0 ? "Steg mere end tilfældigt" : "Faldt mere end tilfældigt")
                    : "Uændret inden for usikkerheden");
        }
    }

    @Test
    void aChangeBeyondTheNoiseIsSaidInWordsAndTheChartHasANameATableAndASummary() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026H1").body();

        String point = SignedIn.section(page, "point-god-servicekultur");
        assertThat(point)
            .contains("Steg mere end tilfældigt")
            .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insight-chart\" role=\"img\"")
            .contains("aria-labelledby=\"chart-god-servicekultur-share-positive-title chart-god-servicekultur-share-positive-desc\"")
            .contains("<title id=\"chart-god-servicekultur-share-positive-title\">Andel positive svar over tid")
            .contains("fra 50 % (Brugerundersøgelse 2025) til 85 % (Brugerundersøgelse 2026)")
            .contains("<caption>Tallene bag grafen")
            .contains("<th scope=\"row\">Brugerundersøgelse 2026</th>");
        assertThat(SignedIn.section(page, "point-oplevet-kvalitet"))
            .contains("Uændret inden for usikkerheden")
            .contains("Sammenligningen med sidste måling er ikke helt ens.").contains("Spørgsmålet om kvalitet er formuleret om.");
        assertThat(SignedIn.section(page, "point-digital-tilgaengelighed")).contains("Målepunktet indgik ikke i målingen.");
        assertThat(SignedIn.section(page, "point-personalegennemstroemning")).contains("Følges op uden for Borgerstemme");
    }

    @Test
    void complaintPointsShowTheComplaintServicesFiguresForThePeriod() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026H1").body();

        String point = SignedIn.section(page, "point-udvikling-i-antallet-af-klager");
        assertThat(point)
            .contains("0,9 (30 klager)")
            .contains("Steg mere end tilfældigt")
            .contains("75 %")
            .contains("85 %")
            .contains("role=\"img\"");
    }

    @Test
    void theComplaintPointShowsTheComplainantsRatingOfTheHandlingWithItsChartOverTime() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026H1").body();

        String point = SignedIn.section(page, "point-opfoelgning-paa-klager");
        assertThat(point)
            .contains("Klagernes vurdering af klagebehandlingen (andel positive)")
            .contains("<td class=\"insight-value\">67 %</td>")
            .contains("35 %–88 %")
            .contains("<td>9</td>");
    }

    @Test
    void theStaffMembersOwnTokenIsForwardedToTheServices() {
        Browserless bo = SignedIn.as(server.getURI(), "bo");
        services.calls().clear();

        bo.get("/o/slagelse/indsigt?period=2026H1");

        String token = bo.cookie("BORGERSTEMME").orElseThrow();
        assertThat(services.calls()).isNotEmpty().allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + token));
        assertThat(services.calls()).anySatisfy(call -> assertThat(call.path()).isEqualTo("/api/complaints/slagelse/figures"));
        assertThat(services.calls()).anySatisfy(call -> assertThat(call.path()).isEqualTo("/api/surveys/slagelse/waves"));
        assertThat(services.calls()).filteredOn(call -> call.path().endsWith("/results"))
            .as("only the listed waves' results are asked for").isNotEmpty()
            .allSatisfy(call -> assertThat(call.path()).matches("/api/surveys/slagelse/waves/[12]/results"));
    }

    @Test
    void filtersNarrowTheFiguresToAUnitAndTheFormWorksWithoutJavaScript() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026H1&unit=bostedet-skovly").body();

        assertThat(page).contains("<form class=\"insight-filters\" method=\"get\" action=\"/o/slagelse/indsigt\">")
            .contains("<option value=\"bostedet-skovly\" selected=\"selected\">Bostedet Skovly</option>");
        assertThat(SignedIn.section(page, "point-god-servicekultur")).contains("<td class=\"insight-value\">80 %</td>").contains("<td>15</td>");
    }

    @Test
    void aSuppressedUnitShowsNoFiguresAndSaysWhy() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026H1&unit=botilbuddet-havnevej").body();

        assertThat(SignedIn.section(page, "point-god-servicekultur")).contains("Skjult: færre end 5 svar");
    }

    @Test
    void theDrillDownSplitsAPointByAreaUnitRoleAndWayOfAnswering() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt/punkt/god-servicekultur?period=2026H1").body();

        assertThat(page)
            .contains("Tilfredshed pr. område").contains("<th scope=\"row\">Socialpsykiatrien</th>").contains("<td>85 %</td>")
            .contains("Tilfredshed pr. enhed").contains("<th scope=\"row\">Botilbuddet Havnevej</th>").contains("Skjult (for få)")
            .contains("Tilfredshed pr. svargruppe").contains("<th scope=\"row\">Borger</th>")
            .contains("Tilfredshed efter, hvordan der blev svaret").contains("Svarede selv")
            .contains("Spørgsmålene bag målepunktet");
        String complaints = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt/punkt/udvikling-i-antallet-af-klager?period=2026H1").body();
        assertThat(complaints).contains("Klager pr. område").contains("<th scope=\"row\">Misbrug</th>")
            .contains("Klager, ros og forslag pr. kategori").contains("Klage: Levering af hjælpen");
    }

    @Test
    void theDashboardSpeaksEnglishWhenAskedTo() {
        String page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026H1&lang=en").body();

        assertThat(page).contains("<html lang=\"en\">").contains("Share of positive answers").contains("Rose by more than chance")
            .contains("<td class=\"insight-value\">85%</td>");
    }

    @Test
    void aUnitLeaderSeesOnlyTheirOwnUnits() {
        String page = SignedIn.as(server.getURI(), "clara").get("/o/slagelse/indsigt?period=2026H1").body();

        assertThat(page).contains("Du ser kun tal for dine enheder: Botilbuddet Solvang, Botilbuddet Havnevej")
            .contains("value=\"botilbuddet-solvang\"").doesNotContain("value=\"bostedet-skovly\"").doesNotContain("value=\"handicap\"");
        assertThat(SignedIn.section(page, "point-god-servicekultur")).contains("<td class=\"insight-value\">79 %</td>");
    }

    @Test
    void aUnitLeaderCannotReachAnotherUnitsFiguresThroughThePageTheCsvOrThePdf() {
        Browserless clara = SignedIn.as(server.getURI(), "clara");
        services.calls().clear();

        assertThat(clara.get("/o/slagelse/indsigt?unit=bostedet-skovly").statusCode()).isEqualTo(403);
        assertThat(clara.get("/o/slagelse/indsigt?area=handicap").statusCode()).isEqualTo(403);
        assertThat(clara.get("/o/slagelse/indsigt/punkt/god-servicekultur?unit=bostedet-skovly").statusCode()).isEqualTo(403);
        assertThat(clara.get("/o/slagelse/indsigt/halvaar/2026H1?unit=bostedet-skovly").statusCode()).isEqualTo(403);
        assertThat(SignedIn.bytes(server.getURI(), clara, "/o/slagelse/indsigt/halvaar/2026H1/status.csv?unit=bostedet-skovly").statusCode()).isEqualTo(403);
        assertThat(SignedIn.bytes(server.getURI(), clara, "/o/slagelse/indsigt/halvaar/2026H1/status.pdf?unit=bostedet-skovly").statusCode()).isEqualTo(403);
        assertThat(services.calls()).noneSatisfy(call -> assertThat(call.query()).containsEntry("unit", "bostedet-skovly"));
        String csv = new String(SignedIn.bytes(server.getURI(), clara, "/o/slagelse/indsigt/halvaar/2026H1/status.csv").body(),
            java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("Bostedet Skovly").doesNotContain("Misbrug");
    }

    @Test
    void onlyAnalystsAndUnitLeadersOfTheOrganisationGetIn() {
        assertThat(SignedIn.as(server.getURI(), "dan").get("/o/slagelse/indsigt").statusCode()).isEqualTo(403);
        assertThat(SignedIn.as(server.getURI(), "anna").get("/o/slagelse/indsigt/halvaar/2026H1").statusCode()).isEqualTo(403);
        assertThat(SignedIn.as(server.getURI(), "eva").get("/o/slagelse/indsigt").statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = new Browserless(server.getURI()).get("/o/slagelse/indsigt");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("/login"));
    }

    @Test
    void anUnknownPeriodOrUnitIsSaidPlainlyNotAnError() {
        HttpResponse<String> page = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt?period=2026X9&unit=atlantis");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Den valgte periode findes ikke").contains("Den valgte enhed findes ikke");
        assertThat(SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt/halvaar/2026Q1").statusCode()).isEqualTo(404);
    }

    private static String signed(long value) {
        return (value > 0 ? "+" : value < 0 ? "−" : "±") + Math.abs(value);
    }

    private String directly(Browserless browser, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(services.uri() + path))
            .header("Authorization", "Bearer " + browser.cookie("BORGERSTEMME").orElseThrow()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
