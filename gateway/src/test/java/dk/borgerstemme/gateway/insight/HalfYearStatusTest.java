package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.platform.testing.Browserless;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HalfYearStatusTest implements TestPropertyProvider {

    private static final Pattern VALUE_CELL = Pattern.compile("<td class=\"insight-value\">([^<]+)</td>");

    @Inject
    EmbeddedServer server;

    FakeServices services;
    Browserless bo;
    String page;

    @Override
    public Map<String, String> getProperties() {
        services = FakeServices.start();
        return services.gatewayProperties();
    }

    @BeforeAll
    void openThePage() {
        bo = SignedIn.as(server.getURI(), "bo");
        HttpResponse<String> response = bo.get("/o/slagelse/indsigt/halvaar/2026H1");
        assertThat(response.statusCode()).isEqualTo(200);
        page = response.body();
    }

    @AfterAll
    void stopServices() {
        services.close();
    }

    @Test
    void theStatusGivesEveryPointItsValueThePreviousHalfYearAndTheTrend() {
        assertThat(page).contains("<h1>Halvårsstatus, 1. halvår 2026</h1>");
        assertThat(SignedIn.section(page, "point-god-servicekultur"))
            .contains("<td class=\"insight-value\">85 %</td>")
            .contains("50 % (2. halvår 2025 – Brugerundersøgelse 2025)")
            .contains("+35 procentpoint")
            .contains("Steg mere end tilfældigt");
        assertThat(SignedIn.section(page, "point-oplevet-kvalitet")).contains("Uændret inden for usikkerheden").contains("Sammenligningen med sidste måling er ikke helt ens.").contains("Spørgsmålet om kvalitet er formuleret om.");
    }

    @Test
    void theSummaryMentionsOnlyChangesTheIntervalsSupport() {
        String summary = page.substring(page.indexOf("<ul class=\"insight-summary\">"), page.indexOf("</ul>", page.indexOf("<ul class=\"insight-summary\">")));

        assertThat(summary)
            .contains("Etablering af en god servicekultur i alle dele af organisationen: Andel positive svar steg fra 50 % til 85 %")
            .contains("I perioden kom der 30 klager (0,9 pr. 100 borgere), 12 gange ros og 4 forslag.")
            .doesNotContain("Den oplevede kvalitet")
            .doesNotContain("Oplevet ansvar");
    }

    @Test
    void theComplaintSectionCarriesDeadlinesReconsiderationsRootCausesAndPraise() {
        String complaints = page.substring(page.indexOf("id=\"complaint-figures\""));

        assertThat(complaints)
            .contains("<th scope=\"row\">Socialpsykiatrien</th>")
            .contains("Skjult (for få)")
            .contains("75 % (15 af 20)")
            .contains("Stadfæstet")
            .contains("Mangelfuld kommunikation").contains("Vi ringer nu altid, når en aftale flyttes.").contains("Fast telefontid for pårørende (i gang)")
            .contains("Ros pr. klage").contains("0,4")
            .contains("Genåbnede sager").contains("5 % (1/20)")
            .contains("67 % (95 %-interval 35 %–88 %, n = 9)")
            .contains("Klagernes vurdering af klagebehandlingen").contains("<td>35 %–88 %</td>");
    }

    @Test
    void complaintsAboutTheServiceLevelArePassedOnToTheCommitteePerCategory() {
        String table = page.substring(page.indexOf("data-table=\"complaints-service-level\""));
        table = table.substring(0, table.indexOf("</table>"));

        assertThat(page).contains("Klager over serviceniveau – videregivet til det politiske niveau")
            .contains("kan ikke påklages. Klagerne er besvaret med den forklaring, og udvalget orienteres om dem her.");
        assertThat(table).contains("<th scope=\"row\">Serviceniveau</th>").contains("<td>2</td>");
        String csv = new String(SignedIn.bytes(server.getURI(), bo, "/o/slagelse/indsigt/halvaar/2026H1/status.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Klager over serviceniveau – videregivet til det politiske niveau,Serviceniveau,2");
    }

    @Test
    void theCsvCarriesTheSameNumbersAsThePage() {
        HttpResponse<byte[]> response = SignedIn.bytes(server.getURI(), bo, "/o/slagelse/indsigt/halvaar/2026H1/status.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("god-servicekultur").contains("Andel positive svar,1. halvår 2026 – Brugerundersøgelse 2026,85 %")
            .contains("75 % (15 af 20)").contains("Mangelfuld kommunikation")
            .contains("67 % (95 %-interval 35 %–88 %, n = 9)").contains("Klagernes vurdering af klagebehandlingen,I alt,67 %,35 %–88 %,9");
        for (String value : pageValues()) {
            assertThat(csv).contains(value);
        }
    }

    @Test
    void thePdfIsTaggedWithTitleLanguageHeadingsAndTableHeaders() throws IOException {
        HttpResponse<byte[]> response = SignedIn.bytes(server.getURI(), bo, "/o/slagelse/indsigt/halvaar/2026H1/status.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Halvårsstatus, 1. halvår 2026 – Slagelse Kommune");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("da");
            List<PDStructureElement> elements = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
            List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types).contains("H1", "H2", "H3", "Table", "TH", "TD", "Figure");
            assertThat(elements).filteredOn(element -> element.getStructureType().equals("Figure"))
                .allSatisfy(figure -> assertThat(figure.getAlternateDescription()).contains(" over tid").isNotBlank());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String value : pageValues()) {
                assertThat(text).as("the PDF carries %s", value).contains(value);
            }
            assertThat(text).contains("Stadfæstet").contains("Mangelfuld");
            assertThat(text.replaceAll("\\s", "")).as("the rating as on the page").contains("67%(95%-interval35%–88%,n=9)")
                .contains("Klagernesvurderingafklagebehandlingen");
        }
    }

    @Test
    void theStatusIsAvailableInEnglish() {
        String english = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt/halvaar/2026H1?lang=en").body();

        assertThat(english).contains("<html lang=\"en\">").contains("Half-year status, Half-year 1 of 2026")
            .contains("Share of positive answers rose from 50% to 85%");
    }

    private List<String> pageValues() {
        List<String> values = new ArrayList<>();
        Matcher matcher = VALUE_CELL.matcher(page);
        while (matcher.find()) {
            values.add(matcher.group(1).replace("&#39;", "'"));
        }
        assertThat(values).hasSizeGreaterThan(5);
        return values;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
