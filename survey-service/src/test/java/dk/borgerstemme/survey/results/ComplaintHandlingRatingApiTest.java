package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The complainants' rating of the complaint handling, as the complaint service reads it over the internal API and
 * as an analyst sees it in the standing Klagebehandling wave's ordinary results: figured respondent by respondent
 * across the survey's scored questions, per organisation, area and unit, small groups hidden with their complements.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintHandlingRatingApiTest implements TestPropertyProvider {

    private static final String SECRET = "a-test-secret-shared-by-the-services";
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final List<String> SCORED = List.of("let-at-klage", "holdt-orienteret", "forstaaeligt-svar", "blev-hoert",
        "tilfreds-med-klagebehandlingen");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    WaveFixture fixture;

    @Inject
    WaveRepository waves;

    Wave wave;
    String halfYear;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StaffTokenTestSupport.properties());
        properties.put("borgerstemme.internal.secret", SECRET);
        return properties;
    }

    /**
     * Slagelse (minimum group size 5). Socialpsykiatrien: Solvang 6 all positive, Havnevej 2 all negative. Misbrug:
     * Misbrugscentret 7 (3 all positive, 3 all negative, one half positive with one "ved ikke"). Handicap: BPA 5 all
     * positive. One complainant about no particular unit, negative.
     */
    @BeforeAll
    void complainantsAnswerTheStandingWaveOfThisHalfYear() throws Exception {
        Map<String, Object> code = client.toBlocking().retrieve(service(HttpRequest.POST("/internal/surveys/slagelse/codes",
            Map.of("key", "klage-rating-1", "unit", "misbrugscentret"))), OBJECT);
        wave = waves.findById(((Number) code.get("waveId")).longValue()).orElseThrow();
        LocalDate today = LocalDate.now();
        halfYear = today.getYear() + "H" + (today.getMonthValue() <= 6 ? 1 : 2);

        respond("botilbuddet-solvang", 6, "4");
        respond("botilbuddet-havnevej", 2, "1");
        respond("misbrugscentret", 3, "5");
        respond("misbrugscentret", 3, "2");
        Map<String, String> mixed = new LinkedHashMap<>();
        mixed.put("let-at-klage", "5");
        mixed.put("holdt-orienteret", "4");
        mixed.put("forstaaeligt-svar", "2");
        mixed.put("blev-hoert", "1");
        mixed.put("tilfreds-med-klagebehandlingen", "ved-ikke");
        mixed.put("andet", "Det tog lang tid.");
        fixture.respond(wave, "misbrugscentret", "borger", "alene", mixed);
        respond("bpa", 5, "5");
        respond("uden-enhed", 1, "2");
    }

    @Test
    void theRatingOfAUnitIsFiguredRespondentByRespondentAcrossTheScoredQuestions() {
        Map<String, Object> rating = rating("");

        Map<String, Object> misbrugscentret = group(rating, "units", "misbrugscentret");
        assertThat(misbrugscentret.get("suppressed")).isEqualTo(false);
        assertThat(misbrugscentret.get("n")).as("people, not answers").isEqualTo(7);
        // 3 × 1 + 3 × 0 + one respondent with 2 of 4 scored answers positive = 3.5 of 7
        assertThat(number(misbrugscentret, "sharePositive")).isCloseTo(0.5, within(1e-6));
        WilsonInterval interval = WilsonInterval.ofShare(0.5, 7);
        assertThat(number(misbrugscentret, "wilsonLower")).isCloseTo(interval.lower(), within(1e-6));
        assertThat(number(misbrugscentret, "wilsonUpper")).isCloseTo(interval.upper(), within(1e-6));
        assertThat(group(rating, "areas", "misbrug")).as("the area holds only that unit").containsEntry("n", 7)
            .containsEntry("sharePositive", misbrugscentret.get("sharePositive"));

        Map<String, Object> overall = question(misbrugscentret, "tilfreds-med-klagebehandlingen");
        assertThat(overall.get("n")).as("\"ved ikke\" is not in n").isEqualTo(6);
        assertThat(number(overall, "sharePositive")).isCloseTo(0.5, within(1e-6));
        assertThat(number(question(misbrugscentret, "let-at-klage"), "sharePositive")).isCloseTo(4 / 7.0, within(1e-6));
        assertThat(questionKeys(rating)).containsExactlyElementsOf(SCORED);

        Map<String, Object> total = map(rating.get("total"));
        assertThat(total.get("n")).as("everybody, also about no particular unit").isEqualTo(21);
        assertThat(number(total, "sharePositive")).isCloseTo(14.5 / 21, within(1e-6));
        assertThat(rating.get("waveId")).isEqualTo(wave.id().intValue());
        assertThat(rating.get("halfYear")).isEqualTo(halfYear);
        assertThat(rating.get("minimumGroupSize")).isEqualTo(5);
    }

    @Test
    void aSmallUnitIsHiddenWithItsNeighbourSoNoSubtractionRevealsIt() {
        Map<String, Object> rating = rating("");

        assertThat(group(rating, "units", "botilbuddet-havnevej").get("suppressed")).isEqualTo(true);
        assertThat(group(rating, "units", "botilbuddet-havnevej").get("n")).isNull();
        assertThat(group(rating, "units", "botilbuddet-solvang").get("suppressed")).as("complementary").isEqualTo(true);
        Map<String, Object> socialpsykiatrien = group(rating, "areas", "socialpsykiatrien");
        assertThat(socialpsykiatrien.get("n")).isEqualTo(8);
        // The attempt: the area minus its shown units. Both units are hidden, so what is left is two units together, never one.
        int shownInArea = List.of("botilbuddet-solvang", "botilbuddet-havnevej", "bostoette-socialpsykiatrien", "vaerestedet").stream()
            .map(unit -> group(rating, "units", unit)).filter(unit -> Boolean.FALSE.equals(unit.get("suppressed")))
            .mapToInt(unit -> ((Number) unit.get("n")).intValue()).sum();
        assertThat(8 - shownInArea).isEqualTo(8);
        // The one complainant about no unit makes an area-less group of 1: the smallest other area (Handicap, 5) is hidden
        // with it, and BPA with Handicap, so the total minus the shown areas is two groups together.
        assertThat(group(rating, "areas", "handicap").get("suppressed")).isEqualTo(true);
        assertThat(group(rating, "units", "bpa").get("suppressed")).isEqualTo(true);
        int shownAreas = ((List<?>) rating.get("areas")).stream().map(ComplaintHandlingRatingApiTest::map)
            .filter(area -> Boolean.FALSE.equals(area.get("suppressed"))).mapToInt(area -> ((Number) area.get("n")).intValue()).sum();
        assertThat(21 - shownAreas).as("what subtraction leaves is at least the minimum group size").isGreaterThanOrEqualTo(5);
        assertThat(question(group(rating, "units", "botilbuddet-havnevej"), "let-at-klage").get("suppressed")).isEqualTo(true);
    }

    @Test
    void limitedToAUnitLeadersUnitsOnlyWhatTheOrganisationShowsIsShown() {
        Map<String, Object> ownUnit = rating("?units=misbrugscentret");
        assertThat(map(ownUnit.get("scope"))).containsEntry("kind", "units");
        assertThat(map(ownUnit.get("total"))).containsEntry("n", 7);
        assertThat((List<?>) ownUnit.get("units")).hasSize(1);

        Map<String, Object> hiddenUnit = rating("?units=botilbuddet-havnevej");
        assertThat(map(hiddenUnit.get("total")).get("suppressed")).as("the organisation hides Havnevej").isEqualTo(true);
    }

    @Test
    void aHalfYearWithoutAWaveAnswersZeroNotAnError() {
        Map<String, Object> rating = get("/internal/surveys/slagelse/complaint-handling/2020H1");

        assertThat(rating.get("waveId")).isNull();
        assertThat(map(rating.get("total"))).containsEntry("suppressed", false).containsEntry("n", 0);
        assertThat(group(rating, "units", "bpa")).containsEntry("n", 0);
        assertThat(questionKeys(rating)).containsExactlyElementsOf(SCORED);
    }

    @Test
    void onlyAServiceWithTheSecretMayReadTheRating() {
        String path = "/internal/surveys/slagelse/complaint-handling/" + halfYear;
        String analyst = TestTokens.staff("anna", "slagelse", List.of("ANALYST"), List.of(), List.of());

        assertThat(status(HttpRequest.GET(path))).isEqualTo(401);
        assertThat(status(HttpRequest.GET(path).bearerAuth("complaint-service:wrong"))).isEqualTo(401);
        assertThat(status(HttpRequest.GET(path).bearerAuth(analyst))).isEqualTo(403);
        assertThat(status(service(HttpRequest.GET("/internal/surveys/slagelse/complaint-handling/2026Q1")))).isEqualTo(400);
        assertThat(status(service(HttpRequest.GET(path + "?units=nowhere")))).isEqualTo(400);
    }

    @Test
    void theWavesOrdinaryResultsShowTheSameRatingAsASyntheticPoint() {
        String analyst = TestTokens.staff("anna", "slagelse", List.of("ANALYST"), List.of(), List.of());
        Map<String, Object> results = client.toBlocking().retrieve(
            HttpRequest.GET("/api/surveys/slagelse/waves/" + wave.id() + "/results?by=unit&lang=en").bearerAuth(analyst), OBJECT);

        List<Map<String, Object>> points = ((List<?>) results.get("points")).stream().map(ComplaintHandlingRatingApiTest::map).toList();
        assertThat(points).extracting(point -> point.get("point")).containsExactly(ComplaintHandlingPoint.ID);
        assertThat(points.get(0).get("name")).isEqualTo("The complainants’ rating of the complaint handling");
        Map<String, Object> total = map(points.get(0).get("total"));
        Map<String, Object> internal = map(rating("").get("total"));
        assertThat(total.get("n")).isEqualTo(internal.get("n"));
        assertThat(number(total, "sharePositive")).isCloseTo(number(internal, "sharePositive"), within(1e-6));
        Map<String, Object> havnevej = points.get(0).get("groups") instanceof List<?> groups ? groups.stream().map(ComplaintHandlingRatingApiTest::map)
            .filter(cell -> "botilbuddet-havnevej".equals(cell.get("group"))).findFirst().orElseThrow() : Map.of();
        assertThat(havnevej.get("suppressed")).isEqualTo(true);
    }

    private void respond(String unit, int people, String step) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        SCORED.forEach(question -> answers.put(question, step));
        for (int i = 0; i < people; i++) {
            fixture.respond(wave, unit, "borger", "alene", answers);
        }
    }

    private Map<String, Object> rating(String query) {
        return get("/internal/surveys/slagelse/complaint-handling/" + halfYear + query);
    }

    private Map<String, Object> get(String path) {
        return client.toBlocking().retrieve(service(HttpRequest.GET(path)), OBJECT);
    }

    private static <T> MutableHttpRequest<T> service(MutableHttpRequest<T> request) {
        return request.bearerAuth("complaint-service:" + SECRET);
    }

    private static Map<String, Object> group(Map<String, Object> rating, String list, String id) {
        return ((List<?>) rating.get(list)).stream().map(ComplaintHandlingRatingApiTest::map).filter(group -> id.equals(group.get("group")))
            .findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + list));
    }

    private static Map<String, Object> question(Map<String, Object> group, String key) {
        return ((List<?>) group.get("questions")).stream().map(ComplaintHandlingRatingApiTest::map).filter(question -> key.equals(question.get("question")))
            .findFirst().orElseThrow();
    }

    private static List<Object> questionKeys(Map<String, Object> rating) {
        return ((List<?>) rating.get("questions")).stream().map(ComplaintHandlingRatingApiTest::map).map(question -> question.get("question")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static double number(Map<String, Object> figure, String field) {
        return ((Number) figure.get(field)).doubleValue();
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request));
        return refused.getStatus().getCode();
    }
}
