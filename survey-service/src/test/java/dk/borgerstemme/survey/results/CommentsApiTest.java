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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Free-text comments on the real database. One wave of Slagelse's survey (free-text question "andet"): six responses
 * in solvang, four of them with a comment; three in havnevej (below the minimum of 5), all with a comment; none in bpa.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsApiTest implements TestPropertyProvider {

    private static final String SOLVANG = "botilbuddet-solvang";
    private static final String HAVNEVEJ = "botilbuddet-havnevej";
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    private static final String SOLVANG_LEADER = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"), List.of(SOLVANG), List.of());

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
    void fieldAWaveWithComments() throws Exception {
        long version = fixture.survey("slagelse", defaults.forFramework("slagelse-2024-2030").get(0)).get(0);
        wave = fixture.wave("slagelse", version, "Efterår", 10, List.of(SOLVANG, HAVNEVEJ, "bpa"), List.of("borger"));
        fixture.respond(wave, SOLVANG, "borger", "alene", Map.of("moedt-med-respekt", "5", "andet", "Personalet lytter, tak"));
        fixture.respond(wave, SOLVANG, "borger", "alene", Map.of("moedt-med-respekt", "1", "andet", "Aftenerne er kedelige, jeg savner Bent"));
        fixture.respond(wave, SOLVANG, "borger", "paa-vegne-af-borgeren", Map.of("andet", "Maden kunne være bedre"));
        fixture.respond(wave, SOLVANG, "borger", "alene", Map.of("moedt-med-respekt", "4", "andet", "Det er \"ok\", synes jeg"));
        fixture.respond(wave, SOLVANG, "borger", "alene", Map.of("moedt-med-respekt", "4"));
        fixture.respond(wave, SOLVANG, "borger", "alene", Map.of("moedt-med-respekt", "3"));
        for (String comment : List.of("Kontaktpersonen Jens er altid sød", "For lidt hjælp om aftenen", "Godt sted")) {
            fixture.respond(wave, HAVNEVEJ, "borger", "alene", Map.of("andet", comment));
        }
    }

    @Test
    void anAnalystReadsTheCommentsPerQuestionAndUnitSortedByTextWithAWarning() {
        Map<String, Object> comments = get(ANALYST, "");

        assertThat((String) comments.get("warning")).contains("personoplysninger").contains("ikke videre");
        assertThat(comments.get("minimumGroupSize")).isEqualTo(5);
        List<Map<String, Object>> questions = list(comments, "questions");
        assertThat(questions).extracting(question -> question.get("question")).containsExactly("andet");
        assertThat(questions.get(0).get("text")).isEqualTo("Er der andet, du vil fortælle os?");
        Map<String, Object> solvang = unit(comments, SOLVANG);
        assertThat(solvang.get("suppressed")).isEqualTo(false);
        assertThat(solvang.get("comments")).isEqualTo(List.of(
            "Aftenerne er kedelige, jeg savner Bent", "Det er \"ok\", synes jeg", "Maden kunne være bedre", "Personalet lytter, tak"));
    }

    @Test
    void aUnitWithFewerResponsesThanTheMinimumShowsNoComments() {
        Map<String, Object> havnevej = unit(get(ANALYST, ""), HAVNEVEJ);

        assertThat(havnevej.get("suppressed")).isEqualTo(true);
        assertThat(havnevej.get("comments")).isNull();
        assertThat(unit(get(ANALYST, "?unit=" + HAVNEVEJ), HAVNEVEJ).get("suppressed")).isEqualTo(true);
    }

    @Test
    void nothingLinksACommentToTheOtherAnswersOfItsResponse() {
        Map<String, Object> comments = get(ANALYST, "");

        assertThat(unit(comments, SOLVANG)).containsOnlyKeys("unit", "suppressed", "comments");
        assertThat(list(comments, "questions").get(0)).containsOnlyKeys("question", "text", "units");
        String body = client.toBlocking().retrieve(request(ANALYST, "/comments"));
        assertThat(body).doesNotContain("moedt-med-respekt").doesNotContain("responseId").doesNotContain("answeredHow")
            .doesNotContain("paa-vegne-af-borgeren");
    }

    @Test
    void filteredOnAUnitOnlyThatUnitIsListedAndTheWarningFollowsTheLanguage() {
        Map<String, Object> comments = get(ANALYST, "?unit=" + SOLVANG + "&lang=en");

        assertThat(list(list(comments, "questions").get(0), "units")).extracting(unit -> unit.get("unit")).containsExactly(SOLVANG);
        assertThat((String) comments.get("warning")).contains("personal data").contains("do not pass them on");
        assertThat(list(comments, "questions").get(0).get("text")).isEqualTo("Is there anything else you would like to tell us?");
    }

    @Test
    void onlyAnalystsMayReadComments() {
        String admin = TestTokens.staff("ada", "slagelse", List.of("ADMIN"), List.of(), List.of());
        String caseworker = TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));
        String otherOrganisation = TestTokens.staff("eva", "midtjylland", List.of("ANALYST"), List.of(), List.of());

        assertThat(status(request(SOLVANG_LEADER, "/comments"))).isEqualTo(403);
        assertThat(status(request(SOLVANG_LEADER, "/comments?unit=" + SOLVANG))).isEqualTo(403);
        assertThat(status(request(SOLVANG_LEADER, "/comments.csv"))).isEqualTo(403);
        assertThat(status(request(admin, "/comments"))).isEqualTo(403);
        assertThat(status(request(caseworker, "/comments"))).isEqualTo(403);
        assertThat(status(request(otherOrganisation, "/comments"))).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/surveys/slagelse/waves/" + wave.id() + "/comments"))).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/api/surveys/slagelse/waves/999999/comments").bearerAuth(ANALYST))).isEqualTo(404);
    }

    @Test
    void theCsvStartsWithTheWarning() {
        HttpResponse<String> csv = client.toBlocking().exchange(request(ANALYST, "/comments.csv"), String.class);

        assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\"Kommentarerne kan indeholde personoplysninger");
        assertThat(lines.get(1)).isEqualTo("question,unit,suppressed,comment");
        assertThat(lines.subList(2, lines.size())).containsExactly(
            "andet,botilbuddet-havnevej,true,",
            "andet,botilbuddet-solvang,false,\"Aftenerne er kedelige, jeg savner Bent\"",
            "andet,botilbuddet-solvang,false,\"Det er \"\"ok\"\", synes jeg\"",
            "andet,botilbuddet-solvang,false,Maden kunne være bedre",
            "andet,botilbuddet-solvang,false,\"Personalet lytter, tak\"");
    }

    private Map<String, Object> get(String token, String query) {
        return client.toBlocking().retrieve(request(token, "/comments" + query), Argument.mapOf(String.class, Object.class));
    }

    private HttpRequest<?> request(String token, String path) {
        return HttpRequest.GET("/api/surveys/slagelse/waves/" + wave.id() + path).bearerAuth(token);
    }

    private static Map<String, Object> unit(Map<String, Object> comments, String unit) {
        return list(list(comments, "questions").get(0), "units").stream().filter(candidate -> unit.equals(candidate.get("unit")))
            .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request));
        return refused.getStatus().getCode();
    }
}
