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
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results are kept once computed (reports at scale), so this asks for the same figures again after what they
 * are made of changed: a new response, new codes, a new unit in the wave. Each must show at once, and a
 * unit leader and a narrower view must never get figures computed for someone else's scope.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeptResultsApiTest implements TestPropertyProvider {

    private static final String POINT = "god-servicekultur";
    private static final String QUESTION = "moedt-med-respekt";
    private static final String SOLVANG = "botilbuddet-solvang";
    private static final String HAVNEVEJ = "botilbuddet-havnevej";
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    private static final String HAVNEVEJ_LEADER = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"), List.of(HAVNEVEJ), List.of());
    private static final AtomicInteger CODES = new AtomicInteger();
    private static final Duration RECHECK = Duration.ofMillis(300);

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

    @Inject
    WaveWarmer warmer;

    SurveyVersionRow version;
    Wave wave;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StaffTokenTestSupport.properties());
        properties.put("borgerstemme.results.codes-recheck", RECHECK.toMillis() + "ms");
        return properties;
    }

    @BeforeAll
    void theSlagelseSurvey() throws Exception {
        SurveyDefinition definition = defaults.forFramework("slagelse-2024-2030").get(0);
        LocalDate today = LocalDate.now();
        SurveyRow survey = surveys.save(new SurveyRow(null, "slagelse", definition.id(), today, null));
        version = versions.save(new SurveyVersionRow(null, survey.id(), 1, json.writeValueAsString(definition), today));
    }

    /** A wave of its own per test, the only one of the survey so far: no previous wave to compare with. */
    @BeforeEach
    void aWave() throws Exception {
        LocalDate today = LocalDate.now();
        wave = waves.save(new Wave(null, "slagelse", version.id(), "Kept", today.minusDays(10), today.plusDays(80), null));
        waveScope.addUnit(wave.id(), SOLVANG);
        waveScope.addUnit(wave.id(), HAVNEVEJ);
        waveScope.addRole(wave.id(), "borger");
        respond(SOLVANG, "5", "5", "5", "4", "4", "2");
        respond(HAVNEVEJ, "5", "4", "3", "3", "2", "1");
        issue(SOLVANG, 10);
        issue(HAVNEVEJ, 10);
    }

    @Test
    void aNewResponseShowsAtOnce() throws Exception {
        assertThat(number(cell(results(ANALYST, "unit", null), SOLVANG), "responses")).isEqualTo(6);
        assertThat(number(cell(results(ANALYST, "unit", null), SOLVANG), "responses")).isEqualTo(6);

        respond(SOLVANG, "1");

        Map<String, Object> solvang = cell(results(ANALYST, "unit", null), SOLVANG);
        assertThat(number(solvang, "responses")).isEqualTo(7);
        assertThat(number(solvang, "n")).isEqualTo(7);
        assertThat(number(solvang, "sharePositive")).isCloseTo(5.0 / 7, org.assertj.core.api.Assertions.within(1e-4));
    }

    @Test
    void newCodesShowInTheResponseRateOnceTheLastCountIsOlderThanTheRecheck() throws Exception {
        assertThat(number(cell(results(ANALYST, "unit", null), HAVNEVEJ), "codesIssued")).isEqualTo(10);

        issue(HAVNEVEJ, 2);
        assertThat(number(cell(results(ANALYST, "unit", null), HAVNEVEJ), "codesIssued"))
            .as("a count younger than the recheck is served as it is").isEqualTo(10);
        Thread.sleep(RECHECK.toMillis() + 50);

        assertThat(number(cell(results(ANALYST, "unit", null), HAVNEVEJ), "codesIssued"))
            .as("an older count is served once more while the codes are counted again in the background").isEqualTo(10);
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double shown = number(cell(results(ANALYST, "unit", null), HAVNEVEJ), "codesIssued");
        while (shown != 12 && System.nanoTime() < giveUp) {
            Thread.sleep(50);
            shown = number(cell(results(ANALYST, "unit", null), HAVNEVEJ), "codesIssued");
        }
        assertThat(shown).isEqualTo(12);
    }

    @Test
    void aUnitAddedToTheWaveShowsAtOnce() throws Exception {
        assertThat(groups(results(ANALYST, "unit", null))).noneMatch(cell -> "bpa".equals(cell.get("group")));

        waveScope.addUnit(wave.id(), "bpa");

        assertThat(groups(results(ANALYST, "unit", null))).anyMatch(cell -> "bpa".equals(cell.get("group")));
    }

    @Test
    void eachScopeGetsItsOwnFigures() {
        Map<String, Object> analyst = results(ANALYST, "unit", null);
        Map<String, Object> leader = results(HAVNEVEJ_LEADER, "unit", null);
        Map<String, Object> oneUnit = results(ANALYST, "unit", SOLVANG);

        assertThat(groups(analyst)).extracting(cell -> cell.get("group")).containsExactlyInAnyOrder(SOLVANG, HAVNEVEJ);
        assertThat(groups(leader)).extracting(cell -> cell.get("group")).containsExactly(HAVNEVEJ);
        assertThat(groups(oneUnit)).extracting(cell -> cell.get("group")).containsExactly(SOLVANG);
        assertThat(number(total(leader), "responses")).isEqualTo(6);
        assertThat(number(total(oneUnit), "responses")).isEqualTo(6);
        assertThat(number(total(analyst), "responses")).isEqualTo(12);
    }

    @Test
    void requestsAtTheSameTimeGetTheSameFigures() {
        List<CompletableFuture<Map<String, Object>>> calls = List.of("unit", "area", "role", "answered-how", "unit", "area").stream()
            .map(by -> CompletableFuture.supplyAsync(() -> results(ANALYST, by, null))).toList();

        calls.forEach(call -> assertThat(number(total(call.join()), "responses")).isEqualTo(12));
    }

    @Test
    void aRecentWaveIsReadInTheBackgroundSoTheFirstRequestIsFiguredFromKeptAnswers() throws Exception {
        warmer.warm();
        // Were the answers read now, the figures would have nobody: the first request must use what was read before.
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement forget = connection.prepareStatement(
                 "DELETE a FROM answer a JOIN response r ON r.id = a.response_id WHERE r.wave_id = ?")) {
            forget.setLong(1, wave.id());
            assertThat(forget.executeUpdate()).isEqualTo(12);
        }

        Map<String, Object> solvang = cell(results(ANALYST, "unit", null), SOLVANG);

        assertThat(number(solvang, "n")).isEqualTo(6);
        assertThat(number(solvang, "sharePositive")).isCloseTo(5.0 / 6, org.assertj.core.api.Assertions.within(1e-4));
    }

    private void respond(String unit, String... answers) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            for (String answer : answers) {
                long responseId;
                try (PreparedStatement response = connection.prepareStatement(
                    "INSERT INTO response (wave_id, unit, role, answered_how, submitted_on) VALUES (?, ?, 'borger', 'alene', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                    response.setLong(1, wave.id());
                    response.setString(2, unit);
                    response.setObject(3, wave.opensOn().plusDays(1));
                    response.executeUpdate();
                    try (ResultSet keys = response.getGeneratedKeys()) {
                        keys.next();
                        responseId = keys.getLong(1);
                    }
                }
                try (PreparedStatement stored = connection.prepareStatement(
                    "INSERT INTO answer (response_id, question_key, step, dont_know) VALUES (?, ?, ?, FALSE)")) {
                    stored.setLong(1, responseId);
                    stored.setString(2, QUESTION);
                    stored.setInt(3, Integer.parseInt(answer));
                    stored.executeUpdate();
                }
            }
        }
    }

    private void issue(String unit, int count) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement invitation = connection.prepareStatement(
                 "INSERT INTO invitation (code, wave_id, unit, role, issued_on) VALUES (?, ?, ?, 'borger', ?)")) {
            for (int i = 0; i < count; i++) {
                invitation.setString(1, String.format("KEPT%08d", CODES.incrementAndGet()));
                invitation.setLong(2, wave.id());
                invitation.setString(3, unit);
                invitation.setObject(4, wave.opensOn());
                invitation.executeUpdate();
            }
        }
    }

    private Map<String, Object> results(String token, String by, String unit) {
        String path = "/api/surveys/slagelse/waves/" + wave.id() + "/results?by=" + by + (unit == null ? "" : "&unit=" + unit);
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> point(Map<String, Object> results) {
        return ((List<Map<String, Object>>) results.get("points")).stream()
            .filter(candidate -> POINT.equals(candidate.get("point"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> results) {
        return (List<Map<String, Object>>) point(results).get("groups");
    }

    private static Map<String, Object> cell(Map<String, Object> results, String group) {
        return groups(results).stream().filter(cell -> group.equals(cell.get("group"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> total(Map<String, Object> results) {
        return (Map<String, Object>) point(results).get("total");
    }

    private static double number(Map<String, Object> cell, String field) {
        return ((Number) cell.get(field)).doubleValue();
    }
}
