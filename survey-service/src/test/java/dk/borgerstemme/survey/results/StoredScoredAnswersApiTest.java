package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dk.borgerstemme.survey.results.ResultsJson.total;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results read each response's scored answers from its own row; responses stored before that copy existed are read
 * from their answer rows. Two waves get the same 120 responses, one with every copy, the other with every other
 * response as stored before; their figures must be the same in every split.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredScoredAnswersApiTest implements TestPropertyProvider {

    private static final List<String> UNITS = List.of("botilbuddet-solvang", "botilbuddet-havnevej", "bostedet-skovly");
    private static final List<String> ROLES = List.of("borger", "paaroerende");
    private static final List<String> WAYS = List.of("alene", "med-hjaelp-fra-medarbejder");
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DefaultSurveys defaults;

    @Inject
    WaveFixture fixture;

    Wave everyCopy;
    Wave halfStoredBefore;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @BeforeAll
    void fieldTheSameResponsesInTwoWaves() throws Exception {
        SurveyDefinition survey = defaults.forFramework("slagelse-2024-2030").get(0);
        // Two surveys of the same questions, so that neither wave is the other's previous one and both have the same
        // figures to show.
        SurveyDefinition same = new SurveyDefinition(survey.id() + "-igen", survey.kind(), survey.title(), survey.intro(), survey.minutes(),
            survey.framework(), survey.respondentRoles(), survey.allowsThreeStepScales(), survey.questions());
        everyCopy = fixture.wave("slagelse", fixture.survey("slagelse", survey).get(0), "Efterår", 10, UNITS, ROLES);
        halfStoredBefore = fixture.wave("slagelse", fixture.survey("slagelse", same).get(0), "Efterår", 10, UNITS, ROLES);
        Random random = new Random(3);
        for (int i = 0; i < 120; i++) {
            String unit = UNITS.get(random.nextInt(UNITS.size()));
            String role = ROLES.get(random.nextInt(ROLES.size()));
            String way = WAYS.get(random.nextInt(WAYS.size()));
            Map<String, String> answers = new LinkedHashMap<>();
            for (Question question : survey.questions()) {
                int roll = random.nextInt(8);
                if (question.type().isScored() && roll > 0) {
                    List<String> steps = question.type().scale().orElseThrow().values();
                    answers.put(question.key(), roll == 1 ? DontKnow.VALUE : steps.get(random.nextInt(steps.size())));
                }
            }
            fixture.respond(everyCopy, unit, role, way, answers);
            if (i % 2 == 0) {
                fixture.respondAsStoredBefore(halfStoredBefore, unit, role, way, answers);
            } else {
                fixture.respond(halfStoredBefore, unit, role, way, answers);
            }
        }
        for (Wave wave : List.of(everyCopy, halfStoredBefore)) {
            for (String unit : UNITS) {
                for (String role : ROLES) {
                    fixture.issue(wave, unit, role, 30);
                }
            }
        }
    }

    @Test
    void bothWavesHaveTheSameFiguresInEverySplit() {
        for (String by : List.of("unit", "role", "answered-how", "unit,role", "unit,answered-how")) {
            Map<String, Object> fromCopies = results(everyCopy, by);
            Map<String, Object> fromRows = results(halfStoredBefore, by);

            assertThat(fromRows.get("points")).as(by).isEqualTo(fromCopies.get("points"));
        }
        Map<String, Object> all = total(results(everyCopy, "unit"), "god-servicekultur");
        assertThat(all.get("responses")).isEqualTo(120);
        assertThat((Integer) all.get("n")).isGreaterThan(100);
    }

    private Map<String, Object> results(Wave wave, String by) {
        return client.toBlocking().retrieve(
            HttpRequest.GET("/api/surveys/slagelse/waves/" + wave.id() + "/results?by=" + by).bearerAuth(ANALYST),
            Argument.mapOf(String.class, Object.class));
    }
}
