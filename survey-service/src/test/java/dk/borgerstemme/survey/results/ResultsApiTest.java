package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.invitation.InvitationCode;
import dk.borgerstemme.survey.wave.SurveyRepositories;
import dk.borgerstemme.survey.wave.SurveyRow;
import dk.borgerstemme.survey.wave.SurveyVersionRow;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
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
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsApiTest implements TestPropertyProvider {

    private static final String QUESTION = "tilfreds-med-hjaelpen";
    private static final String POINT = "oplevet-kvalitet";

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
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    long wave;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @BeforeAll
    void answersFromThreeUnits() throws Exception {
        SurveyDefinition definition = defaults.forFramework("slagelse-2024-2030").get(0);
        LocalDate today = LocalDate.now();
        SurveyRow survey = surveys.save(new SurveyRow(null, "slagelse", definition.id(), today, null));
        SurveyVersionRow version = versions.save(new SurveyVersionRow(null, survey.id(), 1, json.writeValueAsString(definition), today));
        wave = waves.save(new Wave(null, "slagelse", version.id(), "Brugertilfredshed", today.minusDays(1), today.plusDays(30), null)).id();
        answer("botilbuddet-solvang", "alene", "5", "5", "5", "4", "4", "3", "2", "1", "ved-ikke");
        answer("bostedet-skovly", "med-hjaelp-fra-medarbejder", "5", "4", "4", "4", "3", "1");
        answer("botilbuddet-havnevej", "paa-vegne-af-borgeren", "5", "5");
        issueCodes("botilbuddet-solvang", 12);
    }

    @Test
    void anAnalystSeesEachUnitsFiguresWithTheWilsonIntervalAndTheResponseRate() {
        Map<String, Object> solvang = group(results(analyst(), "unit"), "botilbuddet-solvang");

        assertThat(solvang).containsEntry("suppressed", false).containsEntry("n", 8).containsEntry("dontKnow", 1);
        assertThat((Double) solvang.get("sharePositive")).isCloseTo(0.625, within(1e-9));
        assertThat((Double) solvang.get("mean")).isCloseTo(29.0 / 8, within(1e-9));
        assertThat((Double) solvang.get("lower")).isCloseTo(0.3057, within(0.0005));
        assertThat((Double) solvang.get("upper")).isCloseTo(0.8632, within(0.0005));
        assertThat((Double) solvang.get("responseRate")).isCloseTo(9.0 / 12, within(1e-9));
    }

    @Test
    void aSmallGroupIsSuppressedAndSoIsItsComplementSoNeitherCanBeWorkedOut() {
        Map<String, Object> results = results(analyst(), "unit");

        assertThat(group(results, "botilbuddet-havnevej")).containsEntry("suppressed", true).doesNotContainKey("n");
        assertThat(group(results, "bostedet-skovly")).containsEntry("suppressed", true);
        assertThat(group(results, "botilbuddet-solvang")).containsEntry("suppressed", false);
    }

    @Test
    void resultsCanBeSplitByHowTheAnswersWereGiven() {
        Map<String, Object> results = results(analyst(), "answered-how");

        assertThat(group(results, "alone")).containsEntry("n", 8);
        assertThat(group(results, "proxy")).as("2 answers by proxy").containsEntry("suppressed", true);
        assertThat(group(results, "helped")).as("the complement of the proxy answers").containsEntry("suppressed", true);
    }

    @Test
    void aUnitLeaderSeesOnlyTheirOwnUnitsEvenInTheGroups() {
        String clara = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"), List.of("bostedet-skovly"), List.of());

        List<Map<String, Object>> groups = groups(results(clara, "answered-how"));

        assertThat(groups).extracting(group -> group.get("group")).containsExactly("helped");
        assertThat(groups.get(0)).containsEntry("n", 6);
    }

    @Test
    void theCsvCarriesTheSameNumbersAndNothingOfASuppressedGroup() {
        String csv = client.toBlocking().retrieve(HttpRequest.GET(path("unit").replace("/results?", "/results.csv?")).bearerAuth(analyst()));

        assertThat(csv).startsWith(ResultsCsv.HEADER + "\r\n")
            .contains("oplevet-kvalitet,")
            .contains(",botilbuddet-solvang,false,8,1,3.6250,0.6250,0.3057,0.8632,0.7500\r\n")
            .contains(",botilbuddet-havnevej,true,,,,,,,\r\n");
    }

    @Test
    void anotherOrganisationsAnalystIsRefused() {
        String eva = TestTokens.staff("eva", "midtjylland", List.of("ANALYST"), List.of(), List.of());

        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.GET(path("unit")).bearerAuth(eva)));

        assertThat(refused.getStatus().getCode()).isEqualTo(403);
    }

    private String analyst() {
        return TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    }

    private Map<String, Object> results(String token, String by) {
        return client.toBlocking().retrieve(HttpRequest.GET(path(by)).bearerAuth(token), Argument.mapOf(String.class, Object.class));
    }

    private String path(String by) {
        return "/api/surveys/slagelse/waves/" + wave + "/results?by=" + by;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> results) {
        List<Map<String, Object>> points = (List<Map<String, Object>>) results.get("points");
        return (List<Map<String, Object>>) points.stream().filter(point -> POINT.equals(point.get("point"))).findFirst().orElseThrow().get("groups");
    }

    private static Map<String, Object> group(Map<String, Object> results, String name) {
        return groups(results).stream().filter(group -> name.equals(group.get("group"))).findFirst().orElseThrow();
    }

    private void answer(String unit, String answeredHow, String... values) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            for (String value : values) {
                PreparedStatement response = connection.prepareStatement(
                    "INSERT INTO response (wave_id, unit, role, answered_how, submitted_on) VALUES (?, ?, 'borger', ?, CURRENT_DATE)",
                    Statement.RETURN_GENERATED_KEYS);
                response.setLong(1, wave);
                response.setString(2, unit);
                response.setString(3, answeredHow);
                response.executeUpdate();
                ResultSet keys = response.getGeneratedKeys();
                keys.next();
                PreparedStatement answer = connection.prepareStatement(
                    "INSERT INTO answer (response_id, question_key, step, dont_know) VALUES (?, ?, ?, ?)");
                answer.setLong(1, keys.getLong(1));
                answer.setString(2, QUESTION);
                boolean dontKnow = value.equals("ved-ikke");
                if (dontKnow) {
                    answer.setNull(3, Types.SMALLINT);
                } else {
                    answer.setInt(3, Integer.parseInt(value));
                }
                answer.setBoolean(4, dontKnow);
                answer.executeUpdate();
            }
        }
    }

    private void issueCodes(String unit, int count) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            for (int i = 0; i < count; i++) {
                PreparedStatement code = connection.prepareStatement(
                    "INSERT INTO invitation (code, wave_id, unit, role, issued_on) VALUES (?, ?, ?, 'borger', CURRENT_DATE)");
                code.setString(1, InvitationCode.generate().value());
                code.setLong(2, wave);
                code.setString(3, unit);
                code.executeUpdate();
            }
        }
    }
}
