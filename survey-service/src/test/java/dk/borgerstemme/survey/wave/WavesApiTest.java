package dk.borgerstemme.survey.wave;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The waves API at the HTTP boundary, with staff tokens as the gateway issues them, on the real database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WavesApiTest implements TestPropertyProvider {

    private static final String ADMIN = TestTokens.staff("anna", "slagelse", List.of("ADMIN"), List.of(), List.of());
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    private static final String SOLVANG_LEADER = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"),
        List.of("botilbuddet-solvang"), List.of());
    private static final String SKOVLY_LEADER = TestTokens.staff("sofie", "slagelse", List.of("UNIT_LEADER"),
        List.of("bostedet-skovly"), List.of());
    private static final String OTHER_ORGANISATION_ADMIN = TestTokens.staff("eva", "midtjylland", List.of("ADMIN"), List.of(), List.of());
    private static final String BASE = "/api/surveys/slagelse/waves";
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DefaultSurveys defaults;

    @Inject
    SurveyRepositories.Surveys surveys;

    @Inject
    SurveyRepositories.Versions versions;

    @Inject
    ObjectMapper json;

    long versionId;
    long waveId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StaffTokenTestSupport.properties());
        properties.put("borgerstemme.public-url", "https://borgerstemme.example.org");
        return properties;
    }

    @BeforeAll
    void aWaveInSolvangAndHavnevej() {
        versionId = FieldedSurvey.publishedSlagelseSurvey(defaults, surveys, versions, json).id();
        HttpResponse<Map<String, Object>> created = client.toBlocking().exchange(
            HttpRequest.POST(BASE, plan("Efterår 2026", List.of("botilbuddet-solvang", "botilbuddet-havnevej"))).bearerAuth(ADMIN), OBJECT);
        assertThat(created.getStatus().getCode()).isEqualTo(201);
        waveId = ((Number) created.body().get("id")).longValue();
        assertThat(created.header("Location")).isEqualTo(BASE + "/" + waveId);
    }

    @Test
    void anAdministratorSeesTheChoicesAWaveIsMadeOf() {
        Map<String, Object> choices = client.toBlocking().retrieve(HttpRequest.GET("/api/surveys/slagelse/wave-choices").bearerAuth(ADMIN), OBJECT);

        assertThat((List<?>) choices.get("surveyVersions")).isNotEmpty();
        assertThat(choices.get("units").toString()).contains("botilbuddet-solvang");
    }

    @Test
    void aPlanWithMistakesGetsAProblemNamingEachFieldInTheRequestsLanguage() {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.POST(BASE + "?lang=en", Map.of("name", "", "units", List.of())).bearerAuth(ADMIN), OBJECT));

        assertThat(refused.getStatus().getCode()).isEqualTo(400);
        assertThat(refused.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"name\":\"Enter a name for the wave.\"", "\"units\":\"Choose at least one unit.\"");
    }

    @Test
    void onlyAnAdministratorFieldsAWave() {
        assertThat(status(HttpRequest.POST(BASE, plan("Analytiker", List.of("botilbuddet-solvang"))).bearerAuth(ANALYST))).isEqualTo(403);
        assertThat(status(HttpRequest.POST(BASE, plan("Leder", List.of("botilbuddet-solvang"))).bearerAuth(SOLVANG_LEADER))).isEqualTo(403);
        assertThat(status(HttpRequest.POST(BASE, plan("Anonym", List.of("botilbuddet-solvang"))))).isEqualTo(401);
    }

    @Test
    void staffOfAnotherOrganisationAreRefused() {
        assertThat(status(HttpRequest.GET(BASE).bearerAuth(OTHER_ORGANISATION_ADMIN))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(BASE + "/" + waveId).bearerAuth(OTHER_ORGANISATION_ADMIN))).isEqualTo(403);
    }

    @Test
    void anAnalystReadsTheWaveWithCountsForEveryUnitButCannotMakeCodes() {
        Map<String, Object> wave = client.toBlocking().retrieve(HttpRequest.GET(BASE + "/" + waveId).bearerAuth(ANALYST), OBJECT);

        assertThat(wave.get("units")).isEqualTo(List.of("botilbuddet-havnevej", "botilbuddet-solvang"));
        assertThat((List<?>) wave.get("codes")).hasSize(2);
        assertThat(status(HttpRequest.POST(BASE + "/" + waveId + "/batches", Map.of("unit", "botilbuddet-solvang", "role", "borger",
            "count", 3)).bearerAuth(ANALYST))).isEqualTo(403);
    }

    @Test
    void aUnitLeaderSeesOnlyTheirOwnUnitsOfTheWave() {
        Map<String, Object> wave = client.toBlocking().retrieve(HttpRequest.GET(BASE + "/" + waveId).bearerAuth(SOLVANG_LEADER), OBJECT);
        List<Map<String, Object>> listed = client.toBlocking().retrieve(HttpRequest.GET(BASE).bearerAuth(SOLVANG_LEADER), Argument.listOf(OBJECT));

        assertThat(wave.get("units")).isEqualTo(List.of("botilbuddet-solvang"));
        assertThat(wave.get("codes").toString()).doesNotContain("havnevej");
        assertThat(listed).extracting(row -> ((Number) row.get("id")).longValue()).contains(waveId);
    }

    @Test
    void theListSaysWhichKindOfSurveyEachWaveFields() {
        List<Map<String, Object>> listed = client.toBlocking().retrieve(HttpRequest.GET(BASE + "?counts=false").bearerAuth(ANALYST),
            Argument.listOf(OBJECT));

        assertThat(listed).filteredOn(row -> ((Number) row.get("id")).longValue() == waveId).singleElement()
            .satisfies(row -> assertThat(row.get("surveyKind")).isEqualTo("satisfaction"));
    }

    @Test
    void aUnitLeaderOfOtherUnitsIsRefusedTheWaveAndDoesNotSeeItListed() {
        List<Map<String, Object>> listed = client.toBlocking().retrieve(HttpRequest.GET(BASE).bearerAuth(SKOVLY_LEADER), Argument.listOf(OBJECT));

        assertThat(status(HttpRequest.GET(BASE + "/" + waveId).bearerAuth(SKOVLY_LEADER))).isEqualTo(403);
        assertThat(listed).extracting(row -> ((Number) row.get("id")).longValue()).doesNotContain(waveId);
    }

    @Test
    void aBatchDownloadsAsCsvWithOneRowPerCodeAndTheLinkThatFillsItIn() {
        Map<String, Object> batch = batch(4);
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) batch.get("codes");

        HttpResponse<String> csv = client.toBlocking().exchange(HttpRequest.GET((String) batch.get("csv")).bearerAuth(ADMIN), String.class);

        assertThat(csv.getContentType().map(Object::toString)).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("code,unit,unit_name,role,wave,survey_address,link");
        assertThat(lines.subList(1, 5)).allSatisfy(line -> assertThat(line).contains(",botilbuddet-solvang,Botilbuddet Solvang,borger,Efterår 2026,"
            + "https://borgerstemme.example.org/o/slagelse/s,https://borgerstemme.example.org/o/slagelse/s?kode="));
        for (String code : codes) {
            assertThat(csv.body()).contains(code + ",").contains("?kode=" + code.replace("-", ""));
        }
    }

    @Test
    void theLettersAreATaggedA4PdfWithAPagePerCodeTheCodeAndAQrCodeThatOpensTheSurveyWithIt() throws Exception {
        Map<String, Object> batch = batch(3);
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) batch.get("codes");

        for (String language : List.of("da", "en")) {
            byte[] pdf = client.toBlocking().retrieve(HttpRequest.GET(BASE + "/" + waveId + "/batches/" + batch.get("id")
                + "/letters.pdf?language=" + language).bearerAuth(ADMIN), byte[].class);

            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isEqualTo(3);
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
                assertThat(document.getDocumentInformation().getTitle()).contains("Slagelse");
                assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
                assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                for (int page = 0; page < 3; page++) {
                    PDPage letter = document.getPage(page);
                    assertThat(letter.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
                    PDFTextStripper text = new PDFTextStripper();
                    text.setStartPage(page + 1);
                    text.setEndPage(page + 1);
                    String shown = text.getText(document);
                    String code = codes.get(page);
                    assertThat(shown).contains(code, "https://borgerstemme.example.org/o/slagelse/s", "Slagelse")
                        .contains(language.equals("da") ? "anonym" : "anonymous");
                    String expectedLink = "https://borgerstemme.example.org/o/slagelse/s?kode=" + code.replace("-", "")
                        + (language.equals("en") ? "&lang=en" : "");
                    assertThat(qrCodeOn(letter)).isEqualTo(expectedLink);
                }
            }
        }
    }

    @Test
    void aKioskLinkIsMadeForAUnitOfTheWave() {
        Map<String, Object> kiosk = client.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + waveId + "/kiosks",
            Map.of("unit", "botilbuddet-havnevej", "role", "borger")).bearerAuth(ADMIN), OBJECT);

        assertThat((String) kiosk.get("link")).matches("https://borgerstemme.example.org/o/slagelse/s/kiosk/[0-9a-f]{32}");
    }

    @Test
    void closingAWaveShowsItClosedToday() {
        long closing = ((Number) client.toBlocking().retrieve(HttpRequest.POST(BASE, plan("Lukkes", List.of("bpa"))).bearerAuth(ADMIN), OBJECT)
            .get("id")).longValue();

        Map<String, Object> closed = client.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + closing + "/close", Map.of()).bearerAuth(ADMIN), OBJECT);

        assertThat(closed.get("state")).isEqualTo("CLOSED");
        assertThat(closed.get("closedOn")).isEqualTo(LocalDate.now().toString());
        assertThat(status(HttpRequest.POST(BASE + "/" + closing + "/batches", Map.of("unit", "bpa", "role", "borger", "count", 1))
            .bearerAuth(ADMIN))).isEqualTo(400);
    }

    @Test
    void theWavesApiIsInTheOpenApiDocumentAndTheInternalApiIsNot() {
        String document = client.toBlocking().retrieve("/openapi/borgerstemme-survey-service-1.yml");

        assertThat(document).contains("/api/surveys/{org}/waves/{wave}/batches", "/api/surveys/{org}/waves/{wave}/batches/{batch}/letters.pdf")
            .doesNotContain("/internal/");
    }

    private Map<String, Object> batch(int count) {
        HttpResponse<Map<String, Object>> made = client.toBlocking().exchange(HttpRequest.POST(BASE + "/" + waveId + "/batches",
            Map.of("unit", "botilbuddet-solvang", "role", "borger", "count", count)).bearerAuth(ADMIN), OBJECT);
        assertThat(made.getStatus().getCode()).isEqualTo(201);
        return made.body();
    }

    private Map<String, Object> plan(String name, List<String> units) {
        LocalDate today = LocalDate.now();
        return Map.of("name", name, "surveyVersionId", versionId, "opensOn", today.toString(), "closesOn", today.plusDays(30).toString(),
            "units", units, "roles", List.of("borger"));
    }

    private static String qrCodeOn(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
                Result decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels))));
                return decoded.getText();
            }
        }
        throw new AssertionError("No image on the page");
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request, String.class));
        return refused.getStatus().getCode();
    }
}
