package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.testing.Cases;
import dk.borgerstemme.complaint.testing.SettableClock;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complainants' rating of the complaint handling in the complaint figures, read from survey-service over real HTTP
 * (a stand-in answering survey-service's internal rating API inside the service under test) with the service
 * credential; today is 14 May 2026. Solvang has 6 cases in 2026H1, Havnevej 2 (hidden), Skovly 5 (hidden with Havnevej).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandlingRatingFiguresTest implements TestPropertyProvider {

    private static final String SOLVANG = "botilbuddet-solvang";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    FakeSurveyRatings surveyService;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StaffTokenTestSupport.properties());
        properties.put("borgerstemme.outbox.enabled", "false");
        properties.put("borgerstemme.retention.enabled", "false");
        properties.put("micronaut.http.services.survey-service-ratings.url", "http://localhost:" + properties.get("micronaut.server.port"));
        properties.put("micronaut.http.services.survey-service-ratings.read-timeout", "1s");
        properties.put("borgerstemme.internal.secret", FakeSurveyRatings.SECRET);
        properties.put("borgerstemme.internal.server.enabled", "true");
        properties.put("test.fake-survey-ratings", "true");
        return properties;
    }

    @Singleton
    @Replaces(Clock.class)
    Clock clock() {
        return new SettableClock(LocalDateTime.of(2026, 5, 14, 12, 0));
    }

    @BeforeAll
    void casesOfTheFirstHalfYear() {
        for (int i = 0; i < 6; i++) {
            save(SOLVANG, "2026-02-0" + (i + 1));
        }
        save("botilbuddet-havnevej", "2026-02-03");
        save("botilbuddet-havnevej", "2026-03-04");
        for (int i = 0; i < 5; i++) {
            save("bostedet-skovly", "2026-01-1" + i);
        }
    }

    @BeforeEach
    void surveyServiceAnswers() {
        surveyService.requests.clear();
        surveyService.mode.set(FakeSurveyRatings.Mode.ANSWER);
        surveyService.answer.set(Map.of("halfYear", "2026H1", "waveId", 41, "minimumGroupSize", 5,
            "total", figure("total", false, 21, 0.690476, 0.48, 0.84),
            "areas", List.of(figure("socialpsykiatrien", false, 8, 0.75, 0.41, 0.93)),
            "units", List.of(figure(SOLVANG, false, 6, 1.0, 0.609666, 1.0), figure("botilbuddet-havnevej", true, null, null, null, null),
                figure("bostedet-skovly", false, 5, 0.8, 0.376, 0.964), figure("vaerestedet", true, null, null, null, null))));
    }

    @Test
    void aShownUnitGetsSurveyServicesRatingOfTheHalfYear() {
        Map<String, Object> report = figures(analyst(), "period=2026H1&by=unit");

        assertThat(group(report, SOLVANG).get("handlingRating")).isEqualTo(rating(false, 6, 1.0, 0.609666, 1.0));
        assertThat(map(report, "total").get("handlingRating")).isEqualTo(rating(false, 21, 0.690476, 0.48, 0.84));
        assertThat(report).containsEntry("handlingRatingPeriod", "2026H1").containsEntry("handlingRatingWave", 41);
        assertThat((List<?>) report.get("missing")).isEmpty();
        assertThat(surveyService.requests).containsExactly("/internal/surveys/slagelse/complaint-handling/2026H1");
    }

    @Test
    void whatEitherServiceSuppressesStaysSuppressed() {
        Map<String, Object> report = figures(analyst(), "period=2026H1&by=unit");

        assertThat(group(report, "bostedet-skovly")).as("hidden by the complaint figures, though survey-service shows it")
            .containsEntry("suppressed", true).containsEntry("handlingRating", null);
        assertThat(group(report, "botilbuddet-havnevej")).containsEntry("suppressed", true).containsEntry("handlingRating", null);
        Map<String, Object> vaerestedet = group(report, "vaerestedet");
        assertThat(vaerestedet).as("no cases, shown").containsEntry("suppressed", false);
        assertThat(vaerestedet.get("handlingRating")).as("too few complainants rated it").isEqualTo(rating(true, null, null, null, null));
    }

    @Test
    void aUnitLeadersRatingIsAskedForTheirUnitsOnly() {
        String leader = TestTokens.staff("lene", "slagelse", List.of("UNIT_LEADER"), List.of(SOLVANG), List.of());

        Map<String, Object> report = figures(leader, "period=2026H1&by=organisation");

        assertThat(surveyService.requests).containsExactly("/internal/surveys/slagelse/complaint-handling/2026H1?units=" + SOLVANG);
        assertThat(group(report, "organisation").get("handlingRating")).isEqualTo(rating(false, 21, 0.690476, 0.48, 0.84));
    }

    @Test
    void aQuarterHasNoRatingAndSaysItIsMeasuredPerHalfYear() {
        Map<String, Object> report = figures(analyst(), "period=2026Q2&by=unit&lang=en");

        assertThat(group(report, SOLVANG).get("handlingRating")).isNull();
        assertThat(report.get("handlingRatingPeriod")).isNull();
        Map<?, ?> missing = (Map<?, ?>) ((List<?>) report.get("missing")).get(0);
        assertThat(missing.get("figure")).isEqualTo("handlingRating");
        assertThat(missing.get("reason")).isEqualTo("half-years-only");
        assertThat((String) missing.get("text")).contains("per half-year", "2026H1");
        assertThat(surveyService.requests).isEmpty();
    }

    @Test
    void whenSurveyServiceIsDownTheFiguresStillAnswerAndSayTheRatingIsMissing() {
        surveyService.mode.set(FakeSurveyRatings.Mode.DOWN);

        Map<String, Object> report = figures(analyst(), "period=2026H1&by=unit");

        assertThat(group(report, SOLVANG)).containsEntry("cases", 6).containsEntry("handlingRating", null);
        assertThat(map(report, "total").get("handlingRating")).isNull();
        Map<?, ?> missing = (Map<?, ?>) ((List<?>) report.get("missing")).get(0);
        assertThat(missing.get("reason")).isEqualTo("survey-service-unavailable");
        assertThat((String) missing.get("text")).contains("survey-service svarede ikke");
    }

    @Test
    void aSurveyServiceThatDoesNotAnswerInTimeIsGivenUpOnWithinTheTimeout() {
        surveyService.mode.set(FakeSurveyRatings.Mode.SLOW);

        long started = System.nanoTime();
        Map<String, Object> report = figures(analyst(), "period=2026H1&by=unit");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).as("the read timeout is 1 s, the stand-in answers after 2.5 s").isLessThan(2400);
        assertThat(group(report, SOLVANG)).containsEntry("cases", 6).containsEntry("handlingRating", null);
        assertThat(((Map<?, ?>) ((List<?>) report.get("missing")).get(0)).get("reason")).isEqualTo("survey-service-unavailable");
    }

    @Test
    void theCsvCarriesTheRatingWithTheSameNumbers() {
        String csv = client.toBlocking().retrieve(HttpRequest.GET("/api/complaints/slagelse/figures.csv?period=2026H1&by=unit")
            .bearerAuth(analyst()), String.class);

        assertThat(csv).contains("2026H1;botilbuddet-solvang;Botilbuddet Solvang;false;24;handlingRating.n;6\r\n",
            "2026H1;botilbuddet-solvang;Botilbuddet Solvang;false;24;handlingRating.sharePositive;1.0\r\n",
            "2026H1;botilbuddet-solvang;Botilbuddet Solvang;false;24;handlingRating.wilsonLower;0.609666\r\n",
            "2026H1;vaerestedet;Værestedet Fristedet;false;35;handlingRating.suppressed;true\r\n",
            "2026H1;vaerestedet;Værestedet Fristedet;false;35;handlingRating.n;\r\n");
    }

    private static Map<String, Object> figure(String group, boolean suppressed, Integer n, Double share, Double lower, Double upper) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("group", group);
        figure.put("suppressed", suppressed);
        figure.put("n", n);
        figure.put("sharePositive", share);
        figure.put("wilsonLower", lower);
        figure.put("wilsonUpper", upper);
        figure.put("mean", null);
        figure.put("questions", List.of());
        return figure;
    }

    private static Map<String, Object> rating(boolean suppressed, Integer n, Double share, Double lower, Double upper) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("suppressed", suppressed);
        rating.put("n", n);
        rating.put("sharePositive", share);
        rating.put("wilsonLower", lower);
        rating.put("wilsonUpper", upper);
        return rating;
    }

    private void save(String unit, String day) {
        ComplaintCase complaint = Cases.of(Kind.KLAGE, unit, LocalDate.parse(day).atTime(10, 0));
        complaint.setCategory("levering-af-hjaelpen");
        cases.save(complaint);
    }

    private static String analyst() {
        return TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    }

    private Map<String, Object> figures(String token, String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/complaints/slagelse/figures?" + query).bearerAuth(token),
            Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> report, String id) {
        return ((List<Map<String, Object>>) report.get("groups")).stream().filter(group -> id.equals(group.get("group"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> figures, String key) {
        return (Map<String, Object>) figures.get(key);
    }
}
