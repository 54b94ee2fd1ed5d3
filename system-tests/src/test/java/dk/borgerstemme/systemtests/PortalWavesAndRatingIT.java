package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the three real services: once the standing Klagebehandling wave of the half-year exists (a complaint-handling code
 * was asked for, as the complaint service asks when a case closes), survey-service lists it with its survey kind, and the
 * portal neither offers it as a wave of the measurement points nor draws it among the waves over time; the complainants'
 * rating of the handling is an indicator of Slagelse's follow-up point only, not of the number of complaints. Axe in
 * both languages.
 */
@SystemTest
class PortalWavesAndRatingIT {

    private static final String DASHBOARD = "/o/slagelse/indsigt";
    /** What the demo environment uses when no internal secret is configured (platform InternalSecrets). */
    private static final String DEVELOPMENT_SECRET = "borgerstemme-development-only-internal-secret";

    @InBothLanguages
    void theStandingKlagebehandlingWaveIsNoWaveOfThePointsAndTheRatingSitsOnTheFollowUpPoint(Language language, Browser browser, RunningSystem system)
        throws Exception {
        long standing = standingWaveOfThisHalfYear(system);
        SignInPage.open(browser, language).signInWithKeyboard(DemoStaff.BO);
        browser.awaitPath(DemoStaff.BO.startPage());

        List<Map<String, Object>> waves = StaffApi.waves(browser);
        assertThat(waves).filteredOn(wave -> ((Number) wave.get("id")).longValue() == standing).singleElement()
            .satisfies(wave -> assertThat(wave.get("surveyKind")).isEqualTo("complaint-handling"));
        String standingName = waves.stream().filter(wave -> ((Number) wave.get("id")).longValue() == standing).map(wave -> (String) wave.get("name"))
            .findFirst().orElseThrow();
        assertThat(waves).as("the demo survey's wave").anySatisfy(wave -> assertThat(wave.get("surveyKind")).isEqualTo("satisfaction"));

        browser.open(language.address(DASHBOARD));
        List<String> offered = new Select(browser.visible(By.id("period"))).getOptions().stream().map(option -> option.getDomAttribute("value")).toList();
        assertThat(offered).as("the waves offered as periods").anyMatch(value -> value.startsWith("wave-")).doesNotContain("wave-" + standing);
        WebElement servicePoint = browser.visible(By.id("point-god-servicekultur"));
        assertThat(servicePoint.getDomProperty("textContent")).as("the waves over time").doesNotContain(standingName);

        WebElement followUp = browser.visible(By.id("point-opfoelgning-paa-klager"));
        WebElement count = browser.visible(By.id("point-udvikling-i-antallet-af-klager"));
        assertThat(followUp.findElements(By.cssSelector("tr[data-indicator=handling-rating]"))).hasSize(1);
        assertThat(count.findElements(By.cssSelector("tr[data-indicator=handling-rating]"))).isEmpty();
        assertThat(count.findElements(By.cssSelector("tr[data-indicator=complaints-per-100]"))).hasSize(1);
        Accessibility.assertNoViolations(browser);

        browser.open(language.address(DASHBOARD + "/punkt/udvikling-i-antallet-af-klager"));
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-indicator=handling-rating]"))).isEmpty();
        browser.open(language.address(DASHBOARD + "/punkt/opfoelgning-paa-klager"));
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-indicator=handling-rating]"))).hasSize(1);
        Accessibility.assertNoViolations(browser);
    }

    /** Asks survey-service for a complaint-handling code as the complaint service does, which fields the half-year's standing wave. */
    private static long standingWaveOfThisHalfYear(RunningSystem system) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(system.surveyService().url().resolve("/internal/surveys/slagelse/codes"))
            .header("Authorization", "Bearer complaint-service:" + DEVELOPMENT_SECRET).header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"portal-waves-and-rating\"}")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher wave = Pattern.compile("\"waveId\":(\\d+)").matcher(response.body());
        assertThat(wave.find()).as(response.body()).isTrue();
        return Long.parseLong(wave.group(1));
    }
}
