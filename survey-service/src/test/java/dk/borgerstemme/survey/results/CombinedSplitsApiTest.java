package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static dk.borgerstemme.survey.results.ResultsJson.cell;
import static dk.borgerstemme.survey.results.ResultsJson.number;
import static dk.borgerstemme.survey.results.ResultsJson.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The combined splits on the real database. Slagelse (minimum 5), one wave, point god-servicekultur through
 * moedt-med-respekt (agreement-5, positive 4 and 5); everybody answered alone:
 * <pre>
 *                      borger            paaroerende        | unit
 *   solvang (sp)       8 × "4"           2 × "5"            | 10, all positive, mean 4.2
 *   havnevej (sp)      7 × "2"           6 × "4"            | 13
 *   skovly (handicap)  9 × "5"           5 × "1"            | 14
 *   role               24, 17 positive   13, 8 positive     | 37
 * </pre>
 * Codes: 10 per unit and role, but 5 for solvang × paaroerende. solvang × paaroerende (2) is below 5 and hidden
 * with solvang × borger, havnevej × borger and havnevej × paaroerende, a rectangle (see {@code WaveTablesTest}).
 * skovly × borger: 9 of 9 positive, mean 5, Wilson [0.7008, 1], 9 of 10 codes; skovly × paaroerende: 0 of 5, mean
 * 1, Wilson [0, 0.4345]. By area × role every cell holds 5 or more and none alone is hidden, so all show:
 * socialpsykiatrien × borger 8 + 7 = 15, 8 positive (0.5333, Wilson [0.3012, 0.7519]), mean (32 + 14) / 15 = 3.0667,
 * 20 codes; socialpsykiatrien × paaroerende 2 + 6 = 8, all positive, mean 34 / 8 = 4.25.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CombinedSplitsApiTest implements TestPropertyProvider {

    private static final String POINT = "god-servicekultur";
    private static final String QUESTION = "moedt-med-respekt";
    private static final String SOLVANG = "botilbuddet-solvang";
    private static final String HAVNEVEJ = "botilbuddet-havnevej";
    private static final String SKOVLY = "bostedet-skovly";
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    private static final String SOLVANG_AND_SKOVLY_LEADER = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"),
        List.of(SOLVANG, SKOVLY), List.of());

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DefaultSurveys defaults;

    @Inject
    WaveFixture fixture;

    Wave wave;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @BeforeAll
    void fieldAWaveForCitizensAndRelatives() throws Exception {
        long version = fixture.survey("slagelse", defaults.forFramework("slagelse-2024-2030").get(0)).get(0);
        wave = fixture.wave("slagelse", version, "Efterår", 10, List.of(SOLVANG, HAVNEVEJ, SKOVLY), List.of("borger", "paaroerende"));
        fixture.respond(wave, SOLVANG, "borger", "alene", 8, QUESTION, "4");
        fixture.respond(wave, SOLVANG, "paaroerende", "alene", 2, QUESTION, "5");
        fixture.respond(wave, HAVNEVEJ, "borger", "alene", 7, QUESTION, "2");
        fixture.respond(wave, HAVNEVEJ, "paaroerende", "alene", 6, QUESTION, "4");
        fixture.respond(wave, SKOVLY, "borger", "alene", 9, QUESTION, "5");
        fixture.respond(wave, SKOVLY, "paaroerende", "alene", 5, QUESTION, "1");
        for (String unit : List.of(SOLVANG, HAVNEVEJ, SKOVLY)) {
            fixture.issue(wave, unit, "borger", 10);
            fixture.issue(wave, unit, "paaroerende", unit.equals(SOLVANG) ? 5 : 10);
        }
    }

    @Test
    void byUnitAndRoleTheSmallCellIsHiddenInARectangleAndTheRestHasHandComputedFigures() {
        Map<String, Object> results = get(ANALYST, "unit,role");

        assertThat(results.get("by")).isEqualTo("unit,role");
        for (String hidden : List.of(SOLVANG + "/paaroerende", SOLVANG + "/borger", HAVNEVEJ + "/borger", HAVNEVEJ + "/paaroerende")) {
            assertThat(cell(results, POINT, hidden).get("suppressed")).as(hidden).isEqualTo(true);
            assertThat(cell(results, POINT, hidden).get("n")).as(hidden).isNull();
            assertThat(cell(results, POINT, hidden).get("responses")).as(hidden).isNull();
        }
        Map<String, Object> skovlyCitizens = cell(results, POINT, SKOVLY + "/borger");
        assertThat(skovlyCitizens.get("responses")).isEqualTo(9);
        assertThat(skovlyCitizens.get("codesIssued")).isEqualTo(10);
        assertThat(number(skovlyCitizens, "responseRate")).isCloseTo(0.9, within(1e-9));
        assertThat(number(skovlyCitizens, "sharePositive")).isCloseTo(1.0, within(1e-9));
        assertThat(number(skovlyCitizens, "mean")).isCloseTo(5.0, within(1e-9));
        assertThat(number(skovlyCitizens, "wilsonLower")).isCloseTo(0.7008, within(0.00005));
        Map<String, Object> skovlyRelatives = cell(results, POINT, SKOVLY + "/paaroerende");
        assertThat(skovlyRelatives.get("n")).isEqualTo(5);
        assertThat(number(skovlyRelatives, "sharePositive")).isZero();
        assertThat(number(skovlyRelatives, "wilsonUpper")).isCloseTo(0.4345, within(0.00005));

        Map<String, Object> solvang = cell(results, POINT, "rows", SOLVANG);
        assertThat(solvang.get("n")).isEqualTo(10);
        assertThat(solvang.get("codesIssued")).isEqualTo(15);
        assertThat(number(solvang, "mean")).isCloseTo(4.2, within(1e-9));
        Map<String, Object> citizens = cell(results, POINT, "columns", "borger");
        assertThat(citizens.get("n")).isEqualTo(24);
        assertThat(number(citizens, "sharePositive")).isCloseTo(17 / 24.0, within(1e-9));
        assertThat(total(results, POINT).get("n")).isEqualTo(37);
    }

    @Test
    void noHiddenCellCanBeWorkedOutFromItsRowItsColumnOrTheSingleSplits() {
        Map<String, Object> byUnitAndRole = get(ANALYST, "unit,role");
        Map<String, Object> byRole = get(ANALYST, "role");
        Map<String, Object> byUnit = get(ANALYST, "unit");

        // The relatives' column (13) minus the one shown relatives' cell (skovly, 5) leaves 8 for two hidden cells.
        int relatives = (Integer) cell(byRole, POINT, "paaroerende").get("n");
        int shownRelatives = (Integer) cell(byUnitAndRole, POINT, SKOVLY + "/paaroerende").get("n");
        assertThat(relatives - shownRelatives).isEqualTo(8);
        // solvang's row (10, shown by unit) has no shown cell at all.
        assertThat(cell(byUnit, POINT, SOLVANG).get("n")).isEqualTo(10);
        assertThat(cell(byUnitAndRole, POINT, SOLVANG + "/borger").get("suppressed")).isEqualTo(true);
        assertThat(cell(byUnitAndRole, POINT, SOLVANG + "/paaroerende").get("suppressed")).isEqualTo(true);
    }

    @Test
    void byAreaAndRoleEveryCellOfFiveOrMoreIsShown() {
        Map<String, Object> results = get(ANALYST, "area,role");

        Map<String, Object> citizens = cell(results, POINT, "socialpsykiatrien/borger");
        assertThat(citizens.get("n")).isEqualTo(15);
        assertThat(citizens.get("codesIssued")).isEqualTo(20);
        assertThat(number(citizens, "sharePositive")).isCloseTo(8 / 15.0, within(1e-9));
        assertThat(number(citizens, "mean")).isCloseTo(46 / 15.0, within(1e-9));
        assertThat(number(citizens, "wilsonLower")).isCloseTo(0.3012, within(0.00005));
        assertThat(number(citizens, "wilsonUpper")).isCloseTo(0.7519, within(0.00005));
        Map<String, Object> relatives = cell(results, POINT, "socialpsykiatrien/paaroerende");
        assertThat(relatives.get("n")).isEqualTo(8);
        assertThat(number(relatives, "mean")).isCloseTo(4.25, within(1e-9));
        assertThat(cell(results, POINT, "handicap/paaroerende").get("n")).isEqualTo(5);
    }

    @Test
    void byUnitAndWayOfAnsweringThereIsNoResponseRate() {
        Map<String, Object> results = get(ANALYST, "unit,answered-how");

        Map<String, Object> skovlyAlone = cell(results, POINT, SKOVLY + "/alene");
        assertThat(skovlyAlone.get("n")).isEqualTo(14);
        assertThat(skovlyAlone.get("codesIssued")).isNull();
        assertThat(skovlyAlone.get("responseRate")).isNull();
        assertThat(cell(results, POINT, SKOVLY + "/paa-vegne-af-borgeren").get("n")).isEqualTo(0);
    }

    @Test
    void aUnitLeaderSeesTheirRowsAsTheOrganisationDoesAndNoColumnThatWouldGiveAHiddenCellAway() {
        Map<String, Object> results = get(SOLVANG_AND_SKOVLY_LEADER, "unit,role");

        assertThat(ResultsJson.cells(results, POINT, "rows")).extracting(cell -> cell.get("group")).containsExactly(SKOVLY, SOLVANG);
        assertThat(ResultsJson.cells(results, POINT, "groups")).extracting(cell -> cell.get("group"))
            .containsExactly(SKOVLY + "/borger", SKOVLY + "/paaroerende", SOLVANG + "/borger", SOLVANG + "/paaroerende");
        assertThat(cell(results, POINT, SOLVANG + "/borger").get("suppressed")).isEqualTo(true);
        assertThat(cell(results, POINT, SKOVLY + "/borger").get("n")).isEqualTo(9);
        // 8 + 9 citizens: minus skovly's 9 it would show solvang × borger.
        assertThat(cell(results, POINT, "columns", "borger").get("suppressed")).isEqualTo(true);
        assertThat(total(results, POINT).get("n")).isEqualTo(24);
        assertThat(cell(get(SOLVANG_AND_SKOVLY_LEADER, "role"), POINT, "borger").get("suppressed")).isEqualTo(true);
    }

    @Test
    void combinedSplitsAreRefusedToOtherStaffAndForOtherUnitsAndOnlyTheOfferedCombinationsAreAccepted() {
        String caseworker = TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));

        assertThat(status(request(caseworker, "/results?by=unit,role"))).isEqualTo(403);
        assertThat(status(request(SOLVANG_AND_SKOVLY_LEADER, "/results?by=unit,role&unit=" + HAVNEVEJ))).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/surveys/slagelse/waves/" + wave.id() + "/results?by=unit,role"))).isEqualTo(401);
        assertThat(status(request(ANALYST, "/results?by=role,unit"))).isEqualTo(400);
        assertThat(status(request(ANALYST, "/results?by=area,answered-how"))).isEqualTo(400);
        assertThat(status(request(ANALYST, "/results?by=unit,role,area"))).isEqualTo(400);
    }

    @Test
    void theCsvOfACombinedSplitHasTheInnerCellsThenTheMargins() {
        HttpResponse<String> csv = client.toBlocking().exchange(request(ANALYST, "/results.csv?by=unit,role"), String.class);

        assertThat(csv.header("Content-Disposition")).contains("results-wave-" + wave.id() + "-unit-role.csv");
        assertThat(csv.body().lines().toList()).contains(
            "god-servicekultur,bostedet-skovly/borger,false,9,10,0.9000,9,0,1.0000,5.0000,agreement-5,1:0 2:0 3:0 4:0 5:9,0.7008,1.0000,,,9,",
            "god-servicekultur,botilbuddet-solvang/paaroerende,true,,,,,,,,,,,,,,,",
            "god-servicekultur,botilbuddet-solvang/total,false,10,15,0.6667,10,0,1.0000,4.2000,agreement-5,1:0 2:0 3:0 4:8 5:2,0.7225,1.0000,,,10,",
            "god-servicekultur,total/paaroerende,false,13,25,0.5200,13,0,0.6154,3.0000,agreement-5,1:5 2:0 3:0 4:6 5:2,0.3552,0.8229,,,13,");
    }

    private Map<String, Object> get(String token, String by) {
        return client.toBlocking().retrieve(request(token, "/results?by=" + by), Argument.mapOf(String.class, Object.class));
    }

    private HttpRequest<?> request(String token, String path) {
        return HttpRequest.GET("/api/surveys/slagelse/waves/" + wave.id() + path).bearerAuth(token);
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request));
        return refused.getStatus().getCode();
    }
}
