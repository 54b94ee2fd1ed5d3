package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefinitionsApiTest implements TestPropertyProvider {

    private static final String API = "/api/surveys/slagelse/definitions";
    private static final String ADMIN = TestTokens.staff("anna", "slagelse", List.of("ADMIN"), List.of(), List.of());
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    private static final String CASEWORKER = TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));
    private static final String UNIT_LEADER = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"), List.of("botilbuddet-solvang"), List.of());
    private static final String OTHER_ADMIN = TestTokens.staff("eva", "midtjylland", List.of("ADMIN"), List.of(), List.of());
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @Test
    void anAdminCopiesTheShippedSurveyEditsItChecksItAndPublishesIt() {
        HttpResponse<Map<String, Object>> created = client.toBlocking().exchange(HttpRequest.POST(API,
            Map.of("fromDefault", "brugertilfredshed-slagelse", "id", "api-journey")).bearerAuth(ADMIN), JSON);
        assertThat(created.getStatus().getCode()).isEqualTo(201);
        Map<String, Object> draft = created.body();
        assertThat(draft).containsEntry("status", "draft").containsEntry("number", 1);
        Map<String, Object> definition = map(draft.get("definition"));
        assertThat(definition).containsEntry("kind", "satisfaction");
        assertThat(list(definition.get("questions")).get(0)).containsEntry("type", "smiley-5");

        List<Map<String, Object>> questions = list(definition.get("questions"));
        Map<String, Object> first = new HashMap<>(questions.get(0));
        first.put("easyRead", null);
        questions.set(0, first);
        Map<String, Object> edited = new HashMap<>(definition);
        edited.put("questions", questions);
        Map<String, Object> replaced = client.toBlocking().retrieve(HttpRequest.PUT(API + "/api-journey/draft",
            Map.of("version", draft.get("version"), "definition", edited)).bearerAuth(ADMIN), JSON);
        assertThat(list(map(replaced.get("check")).get("warnings"))).anySatisfy(warning ->
            assertThat(warning).containsEntry("code", "question.easyReadMissing").containsEntry("number", 1)
                .containsEntry("message", "Spørgsmål 1: Spørgsmålet har ingen let læst tekst, som den, der svarer, kan skifte til."));

        Map<String, Object> check = client.toBlocking().retrieve(HttpRequest.POST(API + "/api-journey/draft/check?lang=en", Map.of())
            .bearerAuth(ADMIN), JSON);
        assertThat(check).containsEntry("publishable", true);
        assertThat(list(check.get("warnings"))).anySatisfy(warning ->
            assertThat(warning.get("message")).asString().startsWith("Question 1: The question has no easy-read text"));

        Map<String, Object> published = client.toBlocking().retrieve(HttpRequest.POST(API + "/api-journey/draft/publish",
            Map.of("version", replaced.get("version"))).bearerAuth(ADMIN), JSON);
        assertThat(published).containsEntry("number", 1);

        Map<String, Object> survey = client.toBlocking().retrieve(HttpRequest.GET(API + "/api-journey").bearerAuth(ANALYST), JSON);
        assertThat(survey).containsEntry("status", "published");
        assertThat(list(survey.get("versions"))).singleElement().satisfies(version -> assertThat(version).containsEntry("status", "published"));
    }

    @Test
    void editingAPublishedSurveyThroughTheApiGivesANewDraftNumberedAsTheNextVersion() {
        Map<String, Object> draft = create("api-versions");
        Map<String, Object> published = client.toBlocking().retrieve(HttpRequest.POST(API + "/api-versions/draft/publish",
            Map.of("version", draft.get("version"))).bearerAuth(ADMIN), JSON);

        HttpResponse<Map<String, Object>> second = client.toBlocking().exchange(HttpRequest.POST(API + "/api-versions/draft",
            Map.of("version", published.get("version"))).bearerAuth(ADMIN), JSON);

        assertThat(second.getStatus().getCode()).isEqualTo(201);
        assertThat(second.body()).containsEntry("number", 2).containsEntry("status", "draft");
        assertThat(client.toBlocking().retrieve(HttpRequest.GET(API + "/api-versions/versions/1").bearerAuth(ANALYST), JSON))
            .containsEntry("status", "published");
    }

    @Test
    void aStaleEditIsAConflictAndPublishingARefusedDraftListsTheRefusals() {
        Map<String, Object> draft = create("api-stale");
        Map<String, Object> definition = new HashMap<>(map(draft.get("definition")));
        definition.put("questions", List.of());
        client.toBlocking().retrieve(HttpRequest.PUT(API + "/api-stale/draft", Map.of("version", draft.get("version"), "definition", definition))
            .bearerAuth(ADMIN), JSON);

        HttpClientResponseException stale = refusal(HttpRequest.PUT(API + "/api-stale/draft",
            Map.of("version", draft.get("version"), "definition", definition)).bearerAuth(ADMIN));
        assertThat(stale.getStatus().getCode()).isEqualTo(409);
        assertThat(problem(stale)).containsEntry("code", "stale");

        long current = ((Number) client.toBlocking().retrieve(HttpRequest.GET(API + "/api-stale").bearerAuth(ADMIN), JSON).get("version")).longValue();
        HttpClientResponseException refused = refusal(HttpRequest.POST(API + "/api-stale/draft/publish", Map.of("version", current)).bearerAuth(ADMIN));
        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        assertThat(refused.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(list(map(problem(refused).get("check")).get("errors"))).anySatisfy(error ->
            assertThat(error).containsEntry("code", "survey.questionsMissing"));
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguage() {
        Map<String, Object> draft = create("api-bad-input");
        Map<String, Object> definition = new HashMap<>(map(draft.get("definition")));
        List<Map<String, Object>> questions = list(definition.get("questions"));
        Map<String, Object> first = new HashMap<>(questions.get(0));
        first.put("type", "smiley-7");
        Map<String, Object> second = new HashMap<>(questions.get(1));
        second.put("text", Map.of("da", " ", "en", "Only English"));
        second.put("labels", List.of(Map.of("value", "3", "label", Map.of("da", ""))));
        second.put("image", Map.of("source", "/billede.png"));
        Map<String, Object> third = new HashMap<>(questions.get(2));
        third.put("help", Map.of("da", "x".repeat(DefinitionInput.LONGEST_TEXT + 1)));
        questions.set(0, first);
        questions.set(1, second);
        questions.set(2, third);
        definition.put("questions", questions);

        HttpClientResponseException refused = refusal(HttpRequest.PUT(API + "/api-bad-input/draft?lang=en",
            Map.of("version", draft.get("version"), "definition", definition)).bearerAuth(ADMIN));

        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        assertThat(list(problem(refused).get("fields"))).extracting(field -> field.get("field") + " " + field.get("code"))
            .contains("questions[0].type typeUnknown", "questions[1].text.da danishMissing", "questions[1].labels[0].label.da labelMissing",
                "questions[1].image.alt.da imageAltMissing", "questions[2].help.da tooLong");
        assertThat(list(problem(refused).get("fields"))).anySatisfy(field -> assertThat(field.get("message")).asString()
            .startsWith("Choose one of the question types: smiley-3, smiley-5"));
    }

    @Test
    void onlyAnAdminOfTheOrganisationChangesSurveysAndAnAnalystMayRead() {
        create("api-roles");

        assertThat(client.toBlocking().exchange(HttpRequest.GET(API).bearerAuth(ANALYST), Argument.listOf(JSON)).getStatus().getCode()).isEqualTo(200);
        assertThat(status(HttpRequest.POST(API, Map.of("fromDefault", "klagebehandling", "id", "by-analyst")).bearerAuth(ANALYST))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(API).bearerAuth(CASEWORKER))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(API).bearerAuth(UNIT_LEADER))).isEqualTo(403);
        assertThat(status(HttpRequest.POST(API, Map.of("fromDefault", "klagebehandling", "id", "by-leader")).bearerAuth(UNIT_LEADER))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(API + "/api-roles").bearerAuth(OTHER_ADMIN))).isEqualTo(403);
        assertThat(status(HttpRequest.POST(API + "/api-roles/draft/check", Map.of()).bearerAuth(OTHER_ADMIN))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(API))).isEqualTo(401);
    }

    @Test
    void anIdThatIsTakenIsAConflictAndAnUnknownSurveyIsNotFound() {
        create("api-taken");

        assertThat(status(HttpRequest.POST(API, Map.of("fromDefault", "brugertilfredshed-slagelse", "id", "api-taken")).bearerAuth(ADMIN)))
            .isEqualTo(409);
        assertThat(status(HttpRequest.GET(API + "/no-such-survey").bearerAuth(ADMIN))).isEqualTo(404);
        assertThat(status(HttpRequest.POST(API, Map.of("fromDefault", "brugertilfredshed-midtjylland", "id", "other-framework")).bearerAuth(ADMIN)))
            .as("another framework's survey is not offered").isEqualTo(422);
    }

    private Map<String, Object> create(String id) {
        return client.toBlocking().retrieve(HttpRequest.POST(API, Map.of("fromDefault", "brugertilfredshed-slagelse", "id", id)).bearerAuth(ADMIN), JSON);
    }

    private HttpClientResponseException refusal(HttpRequest<?> request) {
        return catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking().exchange(request, JSON));
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException refused = refusal(request);
        assertThat(refused).as("refused").isNotNull();
        return refused.getStatus().getCode();
    }

    private static Map<String, Object> problem(HttpClientResponseException refused) {
        return refused.getResponse().getBody(JSON).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return new ArrayList<>((List<Map<String, Object>>) value);
    }
}
