package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionType;
import dk.borgerstemme.survey.definition.SurveyDefinition;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The questions behind a measurement point, on the real database against hand-computed figures. Slagelse's survey
 * (minimum group size 5): version 1 in spring, version 2 in autumn, which rewords set-som-menneske and adds ny-tillid
 * (agreement-5) to god-servicekultur. Every autumn respondent answers set-som-menneske 3 and lyttet-til 4.
 * <pre>
 *   autumn            area               responses  moedt-med-respekt                      ny-tillid
 *   solvang           socialpsykiatrien      8      5 5 4 4 4 3 2 ved-ikke              5 5 5 5 5 5 (six of them)
 *   havnevej          socialpsykiatrien      2      5 1                                  –
 *   vaerestedet       socialpsykiatrien      6      4 4 4 4 4 4                          –
 *   skovly            handicap              10      5 5 5 5 4 2 2 1 1 1                  4 4 4 (three of them)
 *   engparken         handicap               5      4 4 4 4 4                            –
 *   spring: solvang 8 responses, moedt-med-respekt 2, set-som-menneske 4, lyttet-til 3 each.
 * </pre>
 * <b>moedt-med-respekt</b>, asked alike in both. Units within their areas: havnevej (2) is below 5 and alone hidden
 * in socialpsykiatrien, so the smallest shown unit there, vaerestedet (6), is hidden with it. Solvang: n 7, 5 positive,
 * mean 27/7, "ved ikke" 1, Wilson 95 % for 5 of 7 [0.3589, 0.9178]; spring 0 of 8 [0, 0.3244]: change +5/7, beyond noise.
 * Organisation: n 30, positive 5 + 1 + 6 + 5 + 5 = 22, mean 108/30 = 3.6, distribution 1:4 2:3 3:1 4:15 5:7.
 *
 * <p><b>ny-tillid</b>, new: 6 in solvang and 3 in skovly. Handicap (3) is hidden among the areas, so socialpsykiatrien
 * (6) is hidden with it, and within a hidden area a unit: solvang. Skovly's area holds 3 in all, so all of it is hidden.
 * The organisation shows n 9, all positive; every unit is hidden, though solvang's own point figures are shown, because
 * the organisation's 9 minus solvang's 6 would be skovly's 3.
 *
 * <p><b>set-som-menneske</b>, reworded: no change, flagged. <b>lyttet-til</b>: spring 0 of 8, autumn 8 of 8 in solvang.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionsApiTest implements TestPropertyProvider {

    private static final String POINT = "god-servicekultur";
    private static final String SOLVANG = "botilbuddet-solvang";
    private static final String HAVNEVEJ = "botilbuddet-havnevej";
    private static final String VAERESTEDET = "vaerestedet";
    private static final String SKOVLY = "bostedet-skovly";
    private static final String ENGPARKEN = "bostedet-engparken";
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    private static final String SOLVANG_AND_HAVNEVEJ_LEADER = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"),
        List.of(SOLVANG, HAVNEVEJ), List.of());
    private static final String SOLVANG_AND_BPA_LEADER = TestTokens.staff("frida", "slagelse", List.of("UNIT_LEADER"),
        List.of(SOLVANG, "bpa"), List.of());

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DefaultSurveys defaults;

    @Inject
    WaveFixture fixture;

    Wave spring;
    Wave autumn;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @BeforeAll
    void fieldTwoVersionsOfTheSurvey() throws Exception {
        SurveyDefinition first = defaults.forFramework("slagelse-2024-2030").get(0);
        List<Long> versions = fixture.survey("slagelse", first, secondVersionOf(first));
        spring = fixture.wave("slagelse", versions.get(0), "Forår", 200, List.of(SOLVANG), List.of("borger"));
        autumn = fixture.wave("slagelse", versions.get(1), "Efterår", 10,
            List.of(SOLVANG, HAVNEVEJ, VAERESTEDET, SKOVLY, ENGPARKEN, "misbrugscentret"), List.of("borger"));
        for (int i = 0; i < 8; i++) {
            fixture.respond(spring, SOLVANG, "borger", "alene", answers("moedt-med-respekt", "2", "set-som-menneske", "4", "lyttet-til", "3"));
        }
        respond(SOLVANG, List.of("5", "5", "4", "4", "4", "3", "2", "ved-ikke"), List.of("5", "5", "5", "5", "5", "5"));
        respond(HAVNEVEJ, List.of("5", "1"), List.of());
        respond(VAERESTEDET, List.of("4", "4", "4", "4", "4", "4"), List.of());
        respond(SKOVLY, List.of("5", "5", "5", "5", "4", "2", "2", "1", "1", "1"), List.of("4", "4", "4"));
        respond(ENGPARKEN, List.of("4", "4", "4", "4", "4"), List.of());
    }

    @Test
    void anAnalystGetsTheHandComputedFiguresOfEachQuestionOfThePointInQuestionOrder() {
        Map<String, Object> answer = get(ANALYST, "?point=" + POINT);

        assertThat(answer.get("scope")).isEqualTo("organisation");
        assertThat(((Number) answer.get("previousWave")).longValue()).isEqualTo(spring.id());
        assertThat(questions(answer)).extracting(question -> question.get("key"))
            .containsExactly("moedt-med-respekt", "set-som-menneske", "lyttet-til", "ny-tillid");
        Map<String, Object> respect = question(answer, "moedt-med-respekt");
        assertThat(respect.get("text")).isEqualTo("Medarbejderne møder mig med respekt.");
        assertThat(respect.get("pointName")).isNotEqualTo(POINT);
        assertThat(respect.get("suppressed")).isEqualTo(false);
        assertThat(respect.get("n")).isEqualTo(30);
        assertThat(respect.get("dontKnow")).isEqualTo(1);
        assertThat(number(respect, "sharePositive")).isCloseTo(22 / 30.0, within(1e-9));
        assertThat(number(respect, "mean")).isCloseTo(3.6, within(1e-9));
        assertThat(respect.get("distribution")).isEqualTo(List.of(
            step("1", "Helt uenig", 4), step("2", "Uenig", 3), step("3", "Hverken enig eller uenig", 1), step("4", "Enig", 15),
            step("5", "Helt enig", 7)));
        assertThat(respect.get("comparison")).isEqualTo("like-for-like");
        assertThat(respect.get("likeForLike")).isEqualTo(true);
        assertThat(respect.get("previousN")).isEqualTo(8);
        assertThat(number(respect, "change")).isCloseTo(22 / 30.0, within(1e-9));
        assertThat(respect.get("changeBeyondNoise")).isEqualTo(true);
    }

    @Test
    void oneUnitsFiguresWithTheIntervalAndTheChangeSinceSpring() {
        Map<String, Object> solvang = question(get(ANALYST, "?point=" + POINT + "&unit=" + SOLVANG), "moedt-med-respekt");

        assertThat(solvang.get("n")).isEqualTo(7);
        assertThat(number(solvang, "sharePositive")).isCloseTo(5 / 7.0, within(1e-9));
        assertThat(number(solvang, "mean")).isCloseTo(27 / 7.0, within(1e-9));
        assertThat(number(solvang, "wilsonLower")).isCloseTo(0.3589, within(0.00005));
        assertThat(number(solvang, "wilsonUpper")).isCloseTo(0.9178, within(0.00005));
        assertThat(number(solvang, "previousSharePositive")).isCloseTo(0, within(1e-9));
        assertThat(number(solvang, "change")).isCloseTo(5 / 7.0, within(1e-9));
        assertThat(solvang.get("changeBeyondNoise")).isEqualTo(true);
        Map<String, Object> listened = question(get(ANALYST, "?point=" + POINT + "&unit=" + SOLVANG), "lyttet-til");
        assertThat(number(listened, "change")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aSmallUnitAndTheUnitHiddenWithItShowNoNumbersAtAll() {
        Map<String, Object> havnevej = question(get(ANALYST, "?point=" + POINT + "&unit=" + HAVNEVEJ), "moedt-med-respekt");
        Map<String, Object> vaerestedet = question(get(ANALYST, "?point=" + POINT + "&unit=" + VAERESTEDET), "moedt-med-respekt");

        assertThat(havnevej.get("suppressed")).isEqualTo(true);
        assertThat(havnevej.get("suppressedBecause")).isEqualTo("below-minimum");
        assertThat(havnevej.get("n")).isNull();
        assertThat(havnevej.get("distribution")).isNull();
        assertThat(havnevej.get("change")).isNull();
        assertThat(vaerestedet.get("suppressed")).isEqualTo(true);
        assertThat(vaerestedet.get("sharePositive")).isNull();
        assertThat(question(get(ANALYST, "?point=" + POINT + "&unit=" + SKOVLY), "moedt-med-respekt").get("n")).isEqualTo(10);
    }

    @Test
    void aQuestionFewAnsweredIsHiddenInEveryUnitWhereTheTotalWouldGiveAUnitAway() {
        Map<String, Object> organisation = question(get(ANALYST, "?point=" + POINT), "ny-tillid");
        Map<String, Object> solvang = question(get(ANALYST, "?point=" + POINT + "&unit=" + SOLVANG), "ny-tillid");
        Map<String, Object> skovly = question(get(ANALYST, "?point=" + POINT + "&unit=" + SKOVLY), "ny-tillid");

        assertThat(organisation.get("n")).isEqualTo(9);
        assertThat(number(organisation, "sharePositive")).isCloseTo(1.0, within(1e-9));
        assertThat(solvang.get("suppressed")).isEqualTo(true);
        assertThat(solvang.get("suppressedBecause")).isEqualTo("complementary");
        assertThat(skovly.get("suppressed")).isEqualTo(true);
    }

    @Test
    void aNewAndARewordedQuestionAreNotComparedAndSaySoInTheAskedLanguage() {
        Map<String, Object> danish = get(ANALYST, "?point=" + POINT);
        Map<String, Object> english = get(ANALYST, "?point=" + POINT + "&lang=en");

        assertThat(question(danish, "ny-tillid").get("comparison")).isEqualTo("new");
        assertThat(question(danish, "ny-tillid").get("likeForLike")).isEqualTo(false);
        assertThat((String) question(danish, "ny-tillid").get("notLikeForLike")).startsWith("Nyt spørgsmål");
        assertThat(question(danish, "ny-tillid").get("change")).isNull();
        Map<String, Object> reworded = question(danish, "set-som-menneske");
        assertThat(reworded.get("comparison")).isEqualTo("changed");
        assertThat(reworded.get("changedAspects")).isEqualTo(List.of("text"));
        assertThat((String) reworded.get("notLikeForLike")).contains("ordlyd");
        assertThat(reworded.get("change")).isNull();
        assertThat(reworded.get("previousSharePositive")).isNull();
        assertThat(reworded.get("n")).isEqualTo(31);
        assertThat((String) question(english, "set-som-menneske").get("notLikeForLike")).contains("wording");
        assertThat(question(english, "moedt-med-respekt").get("text")).isEqualTo(
            defaults.forFramework("slagelse-2024-2030").get(0).questions().stream().filter(q -> q.key().equals("moedt-med-respekt"))
                .findFirst().orElseThrow().text().en());
    }

    @Test
    void theEarlierWaveHasNothingToCompareWith() {
        Map<String, Object> answer = client.toBlocking().retrieve(HttpRequest.GET("/api/surveys/slagelse/waves/" + spring.id() + "/questions?point="
            + POINT).bearerAuth(ANALYST), Argument.mapOf(String.class, Object.class));

        assertThat(answer.get("previousWave")).isNull();
        assertThat(question(answer, "moedt-med-respekt").get("comparison")).isEqualTo("none");
        assertThat(question(answer, "moedt-med-respekt").get("likeForLike")).isNull();
        assertThat(question(answer, "moedt-med-respekt").get("n")).isEqualTo(8);
    }

    @Test
    void withoutAPointEveryScoredQuestionOfTheSurveyIsListed() {
        List<Object> keys = questions(get(ANALYST, "")).stream().map(question -> question.get("key")).toList();

        assertThat(keys).contains("tilfreds-med-hjaelpen", "moedt-med-respekt", "ny-tillid", "digital-tilgaengelighed").doesNotContain("andet");
    }

    @Test
    void aUnitLeaderSeesTheirOwnUnitsTogetherOnlyWhereEachOfThemIsShown() {
        Map<String, Object> clara = get(SOLVANG_AND_HAVNEVEJ_LEADER, "?point=" + POINT);
        Map<String, Object> frida = get(SOLVANG_AND_BPA_LEADER, "?point=" + POINT);

        assertThat(clara.get("scope")).isEqualTo("units");
        assertThat(clara.get("units")).isEqualTo(List.of(SOLVANG, HAVNEVEJ));
        // Solvang and havnevej together minus solvang alone would be havnevej's two answers.
        assertThat(question(clara, "moedt-med-respekt").get("suppressed")).isEqualTo(true);
        assertThat(question(clara, "moedt-med-respekt").get("n")).isNull();
        // Frida's other unit has no answers: her units together are solvang's shown figures.
        assertThat(question(frida, "moedt-med-respekt").get("n")).isEqualTo(7);
        assertThat(question(frida, "ny-tillid").get("suppressed")).isEqualTo(true);
        assertThat(question(get(SOLVANG_AND_HAVNEVEJ_LEADER, "?point=" + POINT + "&unit=" + SOLVANG), "moedt-med-respekt").get("n")).isEqualTo(7);
    }

    @Test
    void aUnitLeaderAskingForAnotherUnitIsRefusedInJsonAndCsv() {
        HttpClientResponseException json = refused(request(SOLVANG_AND_HAVNEVEJ_LEADER, "?point=" + POINT + "&unit=" + SKOVLY));
        HttpClientResponseException csv = refused(request(SOLVANG_AND_HAVNEVEJ_LEADER, ".csv?unit=" + SKOVLY));

        assertThat(json.getStatus().getCode()).isEqualTo(403);
        assertThat(json.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(csv.getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void otherStaffUnknownWavesAndUnknownPointsAreRefused() {
        String caseworker = TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));
        String otherOrganisation = TestTokens.staff("eva", "midtjylland", List.of("ANALYST"), List.of(), List.of());

        assertThat(refused(HttpRequest.GET("/api/surveys/slagelse/waves/" + autumn.id() + "/questions")).getStatus().getCode()).isEqualTo(401);
        assertThat(refused(request(caseworker, "")).getStatus().getCode()).isEqualTo(403);
        assertThat(refused(request(otherOrganisation, "")).getStatus().getCode()).isEqualTo(403);
        assertThat(refused(request(ANALYST, "?point=no-such-point")).getStatus().getCode()).isEqualTo(404);
        assertThat(refused(HttpRequest.GET("/api/surveys/slagelse/waves/999999/questions").bearerAuth(ANALYST)).getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void theCsvHasTheSameNumbersAndEmptyCellsWhereSuppressed() {
        HttpResponse<String> csv = client.toBlocking().exchange(request(ANALYST, ".csv?point=" + POINT + "&unit=" + SOLVANG), String.class);

        assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", QuestionsCsv.HEADER));
        assertThat(lines).contains("moedt-med-respekt,god-servicekultur,Medarbejderne møder mig med respekt.," + SOLVANG
            + ",false,7,1,0.7143,3.8571,agreement-5,1:0 2:1 3:1 4:3 5:2,0.3589,0.9178,like-for-like,true,0.0000,0.7143,true");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("ny-tillid,god-servicekultur,").contains("," + SOLVANG + ",true,,,,,"));
    }

    private void respond(String unit, List<String> respect, List<String> trust) throws Exception {
        for (int i = 0; i < respect.size(); i++) {
            Map<String, String> answers = answers("moedt-med-respekt", respect.get(i), "set-som-menneske", "3", "lyttet-til", "4");
            if (i < trust.size()) {
                answers.put("ny-tillid", trust.get(i));
            }
            fixture.respond(autumn, unit, "borger", "alene", answers);
        }
    }

    private static SurveyDefinition secondVersionOf(SurveyDefinition first) {
        List<Question> questions = new ArrayList<>();
        for (Question question : first.questions()) {
            if (question.key().equals("set-som-menneske")) {
                questions.add(new Question(question.key(), question.type(),
                    new LocalizedText(question.text().da() + " (også når det går stærkt)", question.text().en() + " (also when time is short)"),
                    question.easyRead(), question.help(), question.required(), question.offersDontKnow(), question.point(), question.choices(),
                    question.maxLength(), question.showIf(), question.image()));
            } else {
                questions.add(question);
            }
            if (question.key().equals("lyttet-til")) {
                questions.add(new Question("ny-tillid", QuestionType.AGREEMENT_5, new LocalizedText("Jeg har tillid til medarbejderne.",
                    "I trust the staff."), null, null, false, true, POINT, List.of(), null, null, null));
            }
        }
        return new SurveyDefinition(first.id(), first.kind(), first.title(), first.intro(), first.minutes(), first.framework(),
            first.respondentRoles(), first.allowsThreeStepScales(), questions);
    }

    private static Map<String, String> answers(String... keysAndValues) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return answers;
    }

    private static Map<String, Object> step(String value, String label, int count) {
        return Map.of("value", value, "label", label, "count", count);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> questions(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("questions");
    }

    private static Map<String, Object> question(Map<String, Object> answer, String key) {
        return questions(answer).stream().filter(question -> key.equals(question.get("key"))).findFirst()
            .orElseThrow(() -> new AssertionError("No question " + key + " in " + answer));
    }

    private static double number(Map<String, Object> cell, String field) {
        return ((Number) cell.get(field)).doubleValue();
    }

    private Map<String, Object> get(String token, String query) {
        return client.toBlocking().retrieve(request(token, query), Argument.mapOf(String.class, Object.class));
    }

    private HttpRequest<?> request(String token, String pathAndQuery) {
        return HttpRequest.GET("/api/surveys/slagelse/waves/" + autumn.id() + "/questions" + pathAndQuery).bearerAuth(token);
    }

    private HttpClientResponseException refused(HttpRequest<?> request) {
        return catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking().exchange(request, String.class));
    }
}
