package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.wave.SurveyRepositories;
import dk.borgerstemme.survey.wave.SurveyRow;
import dk.borgerstemme.survey.wave.SurveyVersionRow;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import dk.borgerstemme.survey.wave.WaveScope;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Results on the real database against hand-computed figures. The current wave of Slagelse's survey, point
 * god-servicekultur (three agreement-5 questions, so one scale and a mean), answers to one of them,
 * moedt-med-respekt (1–5, positive 4 and 5), minimum group size 5:
 * <pre>
 *   botilbuddet-solvang    10 responses: 5 5 5 4 4 4 4 3 2 ved-ikke, 20 codes  → n 9, 7 positive, mean 36/9 = 4.0
 *   botilbuddet-havnevej    6 responses: 5 4 3 3 2 1,               10 codes  → n 6, 2 positive, mean 18/6 = 3.0
 *   misbrugscentret         3 responses: 5 5 1,                     10 codes  → below 5: hidden
 *   bpa                     0 responses,                             5 codes  → n 0, shown
 * </pre>
 * misbrugscentret alone hidden could be worked out from the total, so the smallest shown group with answers,
 * havnevej, is hidden with it. Total: 19 responses of 45 codes, n 18, 11 positive.
 * Wilson 95 % for 7 of 9: 1 + z²/n = 1.426844, centre = (0.777778 + 0.213422) / 1.426844 = 0.694680,
 * half width = 1.96 / 1.426844 · √(0.019204 + 0.011857) = 0.242096, so [0.4526, 0.9368].
 * The previous wave had 10 responses in solvang, all 2 (none positive: [0, 0.2775]), so the change is
 * +0.7778 and beyond noise.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsApiTest implements TestPropertyProvider {

    private static final String POINT = "god-servicekultur";
    private static final String QUESTION = "moedt-med-respekt";
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    private static final String SOLVANG_AND_HAVNEVEJ_LEADER = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"),
        List.of("botilbuddet-solvang", "botilbuddet-havnevej"), List.of());
    private static final String SOLVANG_AND_BPA_LEADER = TestTokens.staff("frida", "slagelse", List.of("UNIT_LEADER"),
        List.of("botilbuddet-solvang", "bpa"), List.of());

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
    WaveRepository waves;

    @Inject
    WaveScope waveScope;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    Wave previous;
    Wave current;
    int codeNumber;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @BeforeAll
    void fieldTwoWavesOfTheSlagelseSurvey() throws Exception {
        SurveyDefinition definition = defaults.forFramework("slagelse-2024-2030").get(0);
        LocalDate today = LocalDate.now();
        SurveyRow survey = surveys.save(new SurveyRow(null, "slagelse", definition.id(), today, null));
        SurveyVersionRow version = versions.save(new SurveyVersionRow(null, survey.id(), 1, json.writeValueAsString(definition), today));
        previous = waves.save(new Wave(null, "slagelse", version.id(), "Forår", today.minusDays(200), today.minusDays(110), null));
        current = waves.save(new Wave(null, "slagelse", version.id(), "Efterår", today.minusDays(10), today.plusDays(80), null));
        for (String unit : List.of("botilbuddet-solvang", "botilbuddet-havnevej", "misbrugscentret", "bpa")) {
            waveScope.addUnit(current.id(), unit);
        }
        waveScope.addUnit(previous.id(), "botilbuddet-solvang");
        waveScope.addRole(current.id(), "borger");
        waveScope.addRole(previous.id(), "borger");

        respond(previous, "botilbuddet-solvang", "alene", "2", "2", "2", "2", "2", "2", "2", "2", "2", "2");
        issue(previous, "botilbuddet-solvang", 10);
        respond(current, "botilbuddet-solvang", "alene", "5", "5", "5", "4", "4", "4", "4", "3", "2", "ved-ikke");
        respond(current, "botilbuddet-havnevej", "med-hjaelp-fra-medarbejder", "5", "4", "3", "3", "2", "1");
        respond(current, "misbrugscentret", "paa-vegne-af-borgeren", "5", "5", "1");
        issue(current, "botilbuddet-solvang", 20);
        issue(current, "botilbuddet-havnevej", 10);
        issue(current, "misbrugscentret", 10);
        issue(current, "bpa", 5);
    }

    @Test
    void anAnalystGetsHandComputedFiguresPerUnit() {
        Map<String, Object> solvang = cell(results(ANALYST, "unit"), POINT, "botilbuddet-solvang");

        assertThat(solvang.get("suppressed")).isEqualTo(false);
        assertThat(solvang.get("responses")).isEqualTo(10);
        assertThat(solvang.get("codesIssued")).isEqualTo(20);
        assertThat(number(solvang, "responseRate")).isCloseTo(0.5, within(1e-9));
        assertThat(solvang.get("n")).isEqualTo(9);
        assertThat(solvang.get("dontKnow")).isEqualTo(1);
        assertThat(number(solvang, "sharePositive")).isCloseTo(7 / 9.0, within(1e-9));
        assertThat(number(solvang, "mean")).isCloseTo(4.0, within(1e-9));
        assertThat(solvang.get("scale")).isEqualTo("agreement-5");
        assertThat(solvang.get("distribution")).isEqualTo(Map.of("1", 0, "2", 1, "3", 1, "4", 4, "5", 3));
        assertThat(number(solvang, "wilsonLower")).isCloseTo(0.4526, within(0.00005));
        assertThat(number(solvang, "wilsonUpper")).isCloseTo(0.9368, within(0.00005));
    }

    @Test
    void aSmallUnitIsSuppressedTogetherWithTheSmallestOtherSoNeitherCanBeSubtractedFromTheTotal() {
        Map<String, Object> results = results(ANALYST, "unit");

        for (String hidden : List.of("misbrugscentret", "botilbuddet-havnevej")) {
            Map<String, Object> cell = cell(results, POINT, hidden);
            assertThat(cell.get("suppressed")).as(hidden).isEqualTo(true);
            assertThat(cell.get("n")).as(hidden).isNull();
            assertThat(cell.get("responses")).as(hidden).isNull();
            assertThat(cell.get("sharePositive")).as(hidden).isNull();
            assertThat(cell.get("distribution")).as(hidden).isNull();
        }
        Map<String, Object> bpa = cell(results, POINT, "bpa");
        assertThat(bpa.get("suppressed")).isEqualTo(false);
        assertThat(bpa.get("n")).isEqualTo(0);
        assertThat(bpa.get("sharePositive")).isNull();

        Map<String, Object> total = total(results, POINT);
        assertThat(total.get("responses")).isEqualTo(19);
        assertThat(total.get("codesIssued")).isEqualTo(45);
        assertThat(total.get("n")).isEqualTo(18);
        assertThat(number(total, "sharePositive")).isCloseTo(11 / 18.0, within(1e-9));
        assertThat(number(total, "wilsonLower")).isCloseTo(0.3862, within(0.00005));
        assertThat(number(total, "wilsonUpper")).isCloseTo(0.7970, within(0.00005));
        assertThat(results.get("minimumGroupSize")).isEqualTo(5);
    }

    @Test
    void theChangeSinceThePreviousWaveIsShownWhereBothWavesShowTheGroup() {
        Map<String, Object> results = results(ANALYST, "unit");
        Map<String, Object> solvang = cell(results, POINT, "botilbuddet-solvang");

        assertThat(((Number) results.get("previousWave")).longValue()).isEqualTo(previous.id());
        assertThat(number(solvang, "change")).isCloseTo(7 / 9.0, within(1e-9));
        assertThat(solvang.get("changeBeyondNoise")).isEqualTo(true);
        assertThat(cell(results, POINT, "bpa").get("change")).isNull();
    }

    @Test
    void byAreaTheOnlyOtherAreaWithAnswersIsHiddenWithTheSmallOne() {
        Map<String, Object> results = results(ANALYST, "area");

        assertThat(cell(results, POINT, "misbrug").get("suppressed")).isEqualTo(true);
        assertThat(cell(results, POINT, "socialpsykiatrien").get("suppressed")).isEqualTo(true);
        assertThat(cell(results, POINT, "handicap").get("n")).isEqualTo(0);
        assertThat(total(results, POINT).get("n")).isEqualTo(18);
    }

    @Test
    void byWayOfAnsweringThereIsNoResponseRateSinceCodesAreNotIssuedByIt() {
        Map<String, Object> results = results(ANALYST, "answered-how");
        Map<String, Object> alone = cell(results, POINT, "alene");

        assertThat(alone.get("n")).isEqualTo(9);
        assertThat(alone.get("codesIssued")).isNull();
        assertThat(alone.get("responseRate")).isNull();
        assertThat(cell(results, POINT, "paa-vegne-af-borgeren").get("suppressed")).isEqualTo(true);
        assertThat(cell(results, POINT, "med-hjaelp-fra-medarbejder").get("suppressed")).isEqualTo(true);
    }

    @Test
    void aUnitLeaderSeesOnlyTheirOwnUnitsAndTotalsWithoutAnybodyElse() {
        Map<String, Object> results = results(SOLVANG_AND_BPA_LEADER, "unit");

        assertThat(groups(results, POINT)).extracting(cell -> cell.get("group"))
            .containsExactlyInAnyOrder("botilbuddet-solvang", "bpa");
        Map<String, Object> total = total(results, POINT);
        assertThat(total.get("responses")).isEqualTo(10);
        assertThat(total.get("codesIssued")).isEqualTo(25);
        assertThat(total.get("n")).isEqualTo(9);
        assertThat(number(total, "sharePositive")).isCloseTo(7 / 9.0, within(1e-9));
    }

    @Test
    void aNarrowerViewShowsOnlyWhatTheOrganisationShowsSoItsTotalCannotBeSubtracted() {
        // havnevej is hidden for the organisation. The leader of solvang and havnevej sees solvang (shown for the
        // organisation too, and on its own with ?unit=) but not their total: 16 − 10 would give havnevej away.
        Map<String, Object> leader = results(SOLVANG_AND_HAVNEVEJ_LEADER, "unit");
        Map<String, Object> onlySolvang = get(SOLVANG_AND_HAVNEVEJ_LEADER, "unit", "botilbuddet-solvang");
        Map<String, Object> onlyHavnevej = get(ANALYST, "unit", "botilbuddet-havnevej");

        assertThat(cell(leader, POINT, "botilbuddet-havnevej").get("suppressed")).isEqualTo(true);
        assertThat(cell(leader, POINT, "botilbuddet-havnevej").get("responses")).isNull();
        assertThat(cell(leader, POINT, "botilbuddet-solvang").get("n")).isEqualTo(9);
        assertThat(total(leader, POINT).get("suppressed")).isEqualTo(true);
        assertThat(total(leader, POINT).get("responses")).isNull();
        assertThat(total(onlySolvang, POINT).get("n")).isEqualTo(9);
        assertThat(cell(onlyHavnevej, POINT, "botilbuddet-havnevej").get("suppressed")).isEqualTo(true);
        assertThat(total(onlyHavnevej, POINT).get("suppressed")).isEqualTo(true);
        assertThat(total(onlyHavnevej, POINT).get("n")).isNull();
        Map<String, Object> havnevejByRole = get(ANALYST, "role", "botilbuddet-havnevej");
        assertThat(cell(havnevejByRole, POINT, "borger").get("suppressed")).isEqualTo(true);
        assertThat(total(havnevejByRole, POINT).get("suppressed")).isEqualTo(true);
        Map<String, Object> leaderByRole = results(SOLVANG_AND_HAVNEVEJ_LEADER, "role");
        assertThat(cell(leaderByRole, POINT, "borger").get("suppressed")).isEqualTo(true);
    }

    @Test
    void aUnitLeaderMayFilterOnTheirOwnUnitButNotOnAnother() {
        Map<String, Object> own = get(SOLVANG_AND_HAVNEVEJ_LEADER, "unit", "botilbuddet-solvang");

        assertThat(groups(own, POINT)).extracting(cell -> cell.get("group")).containsExactly("botilbuddet-solvang");
        assertThat(total(own, POINT).get("n")).isEqualTo(9);
        assertThat(status(request(SOLVANG_AND_HAVNEVEJ_LEADER, "/results?unit=misbrugscentret"))).isEqualTo(403);
        assertThat(status(request(SOLVANG_AND_HAVNEVEJ_LEADER, "/results.csv?unit=misbrugscentret"))).isEqualTo(403);
    }

    @Test
    void otherStaffOtherOrganisationsUnknownWavesAndGroupingsAreRefused() {
        String caseworker = TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));
        String otherOrganisation = TestTokens.staff("eva", "midtjylland", List.of("ANALYST"), List.of(), List.of());

        assertThat(status(HttpRequest.GET("/api/surveys/slagelse/waves/" + current.id() + "/results"))).isEqualTo(401);
        assertThat(status(request(caseworker, "/results"))).isEqualTo(403);
        assertThat(status(request(otherOrganisation, "/results"))).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/surveys/midtjylland/waves/" + current.id() + "/results").bearerAuth(
            TestTokens.staff("eva", "midtjylland", List.of("ANALYST"), List.of(), List.of())))).isEqualTo(404);
        assertThat(status(request(ANALYST, "/results?by=colour"))).isEqualTo(400);
    }

    @Test
    void theCsvHasTheSameNumbersAndEmptyCellsWhereSuppressed() {
        HttpResponse<String> csv = client.toBlocking().exchange(request(ANALYST, "/results.csv?by=unit"), String.class);

        assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("point,group,suppressed,responses,codes_issued,response_rate,n,dont_know,share_positive,"
            + "mean,scale,distribution,wilson_lower,wilson_upper,change,change_beyond_noise,answers,like_for_like");
        assertThat(lines).contains(
            "god-servicekultur,botilbuddet-solvang,false,10,20,0.5000,9,1,0.7778,4.0000,agreement-5,1:0 2:1 3:1 4:4 5:3,0.4526,0.9368,0.7778,true,9,true",
            "god-servicekultur,misbrugscentret,true,,,,,,,,,,,,,,,true",
            "god-servicekultur,botilbuddet-havnevej,true,,,,,,,,,,,,,,,true",
            "god-servicekultur,bpa,false,0,5,0.0000,0,0,,,agreement-5,1:0 2:0 3:0 4:0 5:0,,,,,0,true",
            "god-servicekultur,total,false,19,45,0.4222,18,1,0.6111,3.6111,agreement-5,1:2 2:2 3:3 4:5 5:6,0.3862,0.7970,0.6111,true,18,true");
    }

    private void respond(Wave wave, String unit, String answeredHow, String... answers) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            for (String answer : answers) {
                long responseId;
                try (PreparedStatement response = connection.prepareStatement(
                    "INSERT INTO response (wave_id, unit, role, answered_how, submitted_on) VALUES (?, ?, 'borger', ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                    response.setLong(1, wave.id());
                    response.setString(2, unit);
                    response.setString(3, answeredHow);
                    response.setObject(4, wave.opensOn().plusDays(1));
                    response.executeUpdate();
                    try (ResultSet keys = response.getGeneratedKeys()) {
                        keys.next();
                        responseId = keys.getLong(1);
                    }
                }
                try (PreparedStatement stored = connection.prepareStatement(
                    "INSERT INTO answer (response_id, question_key, step, dont_know) VALUES (?, ?, ?, ?)")) {
                    boolean dontKnow = answer.equals("ved-ikke");
                    stored.setLong(1, responseId);
                    stored.setString(2, QUESTION);
                    stored.setObject(3, dontKnow ? null : Integer.valueOf(answer));
                    stored.setBoolean(4, dontKnow);
                    stored.executeUpdate();
                }
            }
        }
    }

    private void issue(Wave wave, String unit, int count) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement invitation = connection.prepareStatement(
                 "INSERT INTO invitation (code, wave_id, unit, role, issued_on) VALUES (?, ?, ?, 'borger', ?)")) {
            for (int i = 0; i < count; i++) {
                invitation.setString(1, String.format("RESULTS%05d", codeNumber++));
                invitation.setLong(2, wave.id());
                invitation.setString(3, unit);
                invitation.setObject(4, wave.opensOn());
                invitation.executeUpdate();
            }
        }
    }

    private Map<String, Object> results(String token, String by) {
        return get(token, by, null);
    }

    private Map<String, Object> get(String token, String by, String unit) {
        return client.toBlocking().retrieve(request(token, "/results?by=" + by + (unit == null ? "" : "&unit=" + unit)),
            Argument.mapOf(String.class, Object.class));
    }

    private HttpRequest<?> request(String token, String path) {
        return HttpRequest.GET("/api/surveys/slagelse/waves/" + current.id() + path).bearerAuth(token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> point(Map<String, Object> results, String point) {
        return ((List<Map<String, Object>>) results.get("points")).stream()
            .filter(candidate -> point.equals(candidate.get("point"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> results, String point) {
        return (List<Map<String, Object>>) point(results, point).get("groups");
    }

    private static Map<String, Object> cell(Map<String, Object> results, String point, String group) {
        return groups(results, point).stream().filter(cell -> group.equals(cell.get("group"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> total(Map<String, Object> results, String point) {
        return (Map<String, Object>) point(results, point).get("total");
    }

    private static double number(Map<String, Object> cell, String field) {
        return ((Number) cell.get(field)).doubleValue();
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request));
        return refused.getStatus().getCode();
    }
}
