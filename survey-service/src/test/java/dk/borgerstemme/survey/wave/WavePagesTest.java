package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.invitation.InvitationCode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The wave pages as a browser without JavaScript uses them: forms posted, 303 followed, errors shown on the page. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WavePagesTest implements TestPropertyProvider {

    private static final String LIST = "/o/slagelse/s/maalinger";
    private static final String NEW = LIST + "/ny";

    @Inject
    EmbeddedServer server;

    @Inject
    DefaultSurveys defaults;

    @Inject
    SurveyRepositories.Surveys surveys;

    @Inject
    SurveyRepositories.Versions versions;

    @Inject
    ObjectMapper json;

    long versionId;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @BeforeAll
    void aPublishedSurvey() {
        versionId = FieldedSurvey.publishedSlagelseSurvey(defaults, surveys, versions, json).id();
    }

    @Test
    void anAdministratorCreatesAWaveMakesCodesAndAKioskLinkAndClosesIt() {
        Browserless anna = signedIn("anna", List.of("ADMIN"), List.of());
        assertThat(anna.get(LIST).body()).contains("<h1>Målinger</h1>").contains("href=\"" + NEW + "\"");

        HttpResponse<String> created = anna.submit(NEW, NEW, validWave("Forår på Solvang"));
        assertThat(created.statusCode()).isEqualTo(303);
        String wavePage = created.headers().firstValue("Location").orElseThrow();
        assertThat(wavePage).matches(LIST + "/\\d+");
        assertThat(anna.get(wavePage).body()).contains("<h1>Forår på Solvang</h1>", "Botilbuddet Solvang", "Lav koderne");

        HttpResponse<String> generated = anna.submit(wavePage, wavePage + "/koder", Map.of("enhed", "botilbuddet-solvang", "rolle", "borger", "antal", "12"));
        assertThat(generated.statusCode()).isEqualTo(303);
        String afterGenerating = anna.get(generated.headers().firstValue("Location").orElseThrow().replace("#hent", "")).body();
        assertThat(afterGenerating).contains("12 nye koder er lavet").contains("/codes.csv").contains("letters.pdf?language=en");
        assertThat(cell(afterGenerating, "Botilbuddet Solvang")).isEqualTo("12");

        assertThat(anna.submit(wavePage, wavePage + "/kiosk", Map.of("enhed", "botilbuddet-solvang", "rolle", "borger")).statusCode()).isEqualTo(303);
        assertThat(anna.get(wavePage).body()).containsPattern("value=\"http://localhost:8080/o/slagelse/s/kiosk/[0-9a-f]{32}\"");

        assertThat(anna.submit(wavePage, wavePage + "/luk", Map.of()).statusCode()).isEqualTo(303);
        String closed = anna.get(wavePage).body();
        assertThat(closed).contains("Lukket " + WavePages.date(LocalDate.now(), java.util.Locale.forLanguageTag("da")))
            .doesNotContain("Lav koderne").doesNotContain("Luk målingen nu");
    }

    @Test
    void aWaveWithMistakesComesBackWithTheErrorsByTheirFieldsAndEverythingTypedKept() {
        Browserless anna = signedIn("anna", List.of("ADMIN"), List.of());
        Map<String, String> wrong = new LinkedHashMap<>(validWave("Fejl på Havnevej"));
        wrong.put("closesOn", "31-12-2026");
        wrong.remove("roles");

        anna.setCookie("lang", "en");
        HttpResponse<String> page = anna.submit(NEW, NEW, wrong);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .contains("<title>Error: Create a wave")
            .contains("There is a problem")
            .contains("href=\"#closesOn\">Enter the last day as yyyy-mm-dd.</a>")
            .contains("href=\"#role-borger\">Choose at least one group to answer.</a>")
            .contains("value=\"Fejl på Havnevej\"")
            .contains("value=\"31-12-2026\"")
            .containsPattern("id=\"unit-botilbuddet-solvang\" value=\"botilbuddet-solvang\" checked");
    }

    @Test
    void aBadNumberOfCodesIsShownByTheFieldAndNothingIsMade() {
        Browserless anna = signedIn("anna", List.of("ADMIN"), List.of());
        String wavePage = anna.submit(NEW, NEW, validWave("Antal")).headers().firstValue("Location").orElseThrow();

        HttpResponse<String> page = anna.submit(wavePage, wavePage + "/koder", Map.of("enhed", "botilbuddet-solvang", "rolle", "borger", "antal", "mange"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"#antal\">Skriv et antal fra 1 til 1000.</a>").contains("value=\"mange\"");
        assertThat(cell(page.body(), "Botilbuddet Solvang")).isEqualTo("0");
    }

    @Test
    void anAnalystReadsTheWaveButIsOfferedNothingToChange() {
        String wavePage = signedIn("anna", List.of("ADMIN"), List.of()).submit(NEW, NEW, validWave("Læses")).headers().firstValue("Location").orElseThrow();
        Browserless bo = signedIn("bo", List.of("ANALYST"), List.of());

        assertThat(bo.get(wavePage).body()).contains("<h1>Læses</h1>").doesNotContain("Lav koderne").doesNotContain("Kiosk-links");
        assertThat(bo.get(LIST).body()).doesNotContain("href=\"" + NEW + "\"");
        assertThat(bo.get(NEW).statusCode()).isEqualTo(403);
    }

    @Test
    void aUnitLeaderOfOtherUnitsIsRefusedTheWavePage() {
        String wavePage = signedIn("anna", List.of("ADMIN"), List.of()).submit(NEW, NEW, validWave("Andres")).headers().firstValue("Location").orElseThrow();

        HttpResponse<String> refused = signedIn("sofie", List.of("UNIT_LEADER"), List.of("bostedet-skovly")).get(wavePage);
        HttpResponse<String> own = signedIn("clara", List.of("UNIT_LEADER"), List.of("botilbuddet-solvang")).get(wavePage);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).isEqualTo(200);
    }

    @Test
    void theLettersLinkOpensTheCodePageWithTheCodeFilledIn() {
        InvitationCode code = InvitationCode.generate();
        String page = new Browserless(server.getURI()).get("/o/slagelse/s?kode=" + code.value().toLowerCase(java.util.Locale.ROOT)).body();
        String wrong = new Browserless(server.getURI()).get("/o/slagelse/s?kode=%3Cscript%3E").body();

        assertThat(page).contains("value=\"" + code.display() + "\"");
        assertThat(wrong).doesNotContain("script&gt;").contains("id=\"code\"");
    }

    private Map<String, String> validWave(String name) {
        LocalDate today = LocalDate.now();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("surveyVersionId", String.valueOf(versionId));
        form.put("opensOn", today.toString());
        form.put("closesOn", today.plusDays(30).toString());
        form.put("units", "botilbuddet-solvang");
        form.put("roles", "borger");
        return form;
    }

    private Browserless signedIn(String user, List<String> roles, List<String> units) {
        Browserless browser = new Browserless(server.getURI());
        browser.setCookie("BORGERSTEMME", TestTokens.staff(user, "slagelse", roles, units, List.of()));
        return browser;
    }

    /** The "codes handed out" figure in the counts row of a unit. */
    private static String cell(String page, String unit) {
        Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(unit) + "</th>\\s*<td>[^<]*</td>\\s*<td>(\\d+)</td>").matcher(page);
        assertThat(row.find()).as("a counts row for " + unit).isTrue();
        return row.group(1);
    }
}
