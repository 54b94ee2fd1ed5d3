package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator fields a survey, makes codes and downloads them; a citizen then answers with one of
 * those codes. Every wave page is checked with axe, also with its errors showing and on a 320 px screen.
 */
@SystemTest
class WaveManagementIT {

    private static final String WAVES = "/o/slagelse/s/maalinger";
    private static final By PRIMARY = By.cssSelector("main button[type=submit].button-primary");

    @InBothLanguages
    void anAdministratorCreatesAWaveMakesCodesDownloadsThemAndACitizenAnswersWithOne(Language language, Browser browser,
                                                                                      RunningSystem system) throws Exception {
        SignInPage.open(browser, language).signInWithKeyboard(DemoStaff.ANNA);
        browser.awaitPath(DemoStaff.ANNA.startPage());

        browser.open(language.address(WAVES));
        browser.awaitDocumentLanguage(language.code());
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(language.pick("Målinger", "Survey waves"));
        assertAccessibleAlsoOnANarrowScreen(browser);

        browser.visible(By.cssSelector("a[href='" + WAVES + "/ny']")).click();
        browser.awaitPath(WAVES + "/ny");
        assertAccessibleAlsoOnANarrowScreen(browser);

        WebElement name = browser.visible(By.id("name"));
        name.clear();
        browser.visible(PRIMARY).click();
        browser.visible(By.cssSelector(".alert-error"));
        assertThat(browser.visibleText()).contains(language.pick("Skriv et navn på målingen.", "Enter a name for the wave."));
        assertThat(browser.driver().getTitle()).startsWith(language.pick("Fejl:", "Error:"));
        assertAccessibleAlsoOnANarrowScreen(browser);

        String waveName = "Systemtest " + language.code() + " " + System.nanoTime();
        browser.visible(By.id("name")).sendKeys(waveName);
        browser.visible(By.cssSelector("label[for^='survey-']")).click();
        browser.visible(By.cssSelector("label[for='unit-botilbuddet-solvang']")).click();
        browser.visible(By.cssSelector("label[for='role-borger']")).click();
        browser.visible(PRIMARY).click();
        browser.await().until(ignored -> browser.currentPath().matches(WAVES + "/\\d+"));
        String wavePage = browser.currentPath();
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(waveName);
        assertAccessibleAlsoOnANarrowScreen(browser);

        browser.visible(By.id("antal")).sendKeys("mange");
        browser.visible(By.cssSelector("form[action*='/koder'] button[type=submit]")).click();
        browser.visible(By.cssSelector(".alert-error"));
        assertThat(browser.visibleText()).contains(language.pick("Skriv et antal fra 1 til 1000.", "Enter a number from 1 to 1000."));
        assertAccessibleAlsoOnANarrowScreen(browser);

        WebElement count = browser.visible(By.id("antal"));
        count.clear();
        count.sendKeys("3");
        browser.visible(By.cssSelector("form[action*='/koder'] button[type=submit]")).click();
        browser.visible(By.cssSelector(".alert-success"));
        assertThat(browser.currentPath()).isEqualTo(wavePage);
        assertAccessibleAlsoOnANarrowScreen(browser);

        String csvAddress = browser.visible(By.cssSelector("a[href$='codes.csv']")).getDomAttribute("href");
        HttpResponse<String> csv = download(system.gatewayUrl().resolve(csvAddress), browser.driver().manage().getCookieNamed("BORGERSTEMME"));
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> rows = csv.body().lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo("code,unit,unit_name,role,wave,survey_address,link");
        String[] first = rows.get(1).split(",");
        assertThat(first[1]).isEqualTo("botilbuddet-solvang");
        String link = first[6];
        assertThat(link).startsWith(system.gatewayUrl() + "/o/slagelse/s?kode=");

        try (Browser citizen = Browser.launch(system.gatewayUrl())) {
            answerTheSurvey(citizen, link, first[0], language);
        }

        browser.open(wavePage);
        assertThat(browser.visibleText()).contains("Botilbuddet Solvang");
        assertThat(usedCodes(browser)).isEqualTo("1");
    }

    @org.junit.jupiter.api.Test
    void theInternalCodeApiAnswersAServiceWithTheSecretAndIsNeverReachableThroughTheGateway(RunningSystem system) throws Exception {
        // The demo environment's development secret: ./run.sh needs no configuration, and no other environment accepts it.
        String credential = "Bearer complaint-service:borgerstemme-development-only-internal-secret";
        String body = "{\"key\":\"system-test-" + System.nanoTime() + "\",\"unit\":\"botilbuddet-solvang\"}";

        HttpResponse<String> direct = post(system.surveyService().url().resolve("/internal/surveys/slagelse/codes"), credential, body);
        HttpResponse<String> throughTheGateway = post(system.gatewayUrl().resolve("/internal/surveys/slagelse/codes"), credential, body);
        HttpResponse<String> withoutTheSecret = post(system.surveyService().url().resolve("/internal/surveys/slagelse/codes"), "Bearer x", body);

        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.body()).containsPattern("\"code\":\"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\"")
            .contains("\"surveyAddress\":\"" + system.gatewayUrl() + "/o/slagelse/s\"");
        assertThat(throughTheGateway.statusCode()).isEqualTo(404);
        assertThat(withoutTheSecret.statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> post(URI address, String authorization, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(address).header("Authorization", authorization).header("Content-Type", "application/json")
            .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void answerTheSurvey(Browser citizen, String link, String code, Language language) {
        URI address = URI.create(link);
        citizen.open(language.address(address.getRawPath() + "?" + address.getRawQuery()));
        assertThat(citizen.visible(By.id("code")).getDomProperty("value")).isEqualTo(code);
        citizen.visible(PRIMARY).click();
        citizen.awaitPath("/o/slagelse/s/intro");
        citizen.visible(By.cssSelector("main .borgerstemme-option label")).click();
        citizen.visible(PRIMARY).click();
        citizen.await().until(ignored -> !citizen.currentPath().endsWith("/intro"));
        while (!citizen.currentPath().endsWith("/tjek")) {
            String question = citizen.currentPath();
            List<WebElement> options = citizen.driver().findElements(By.cssSelector("main .form-group .borgerstemme-option label"));
            if (options.isEmpty()) {
                citizen.visible(By.cssSelector("main textarea")).sendKeys("Tak.");
            } else {
                options.get(0).click();
            }
            citizen.visible(PRIMARY).click();
            citizen.await().until(ignored -> !citizen.currentPath().equals(question));
        }
        citizen.visible(By.cssSelector("main form button[type=submit]")).click();
        citizen.awaitPath("/o/slagelse/s/tak");
    }

    private static String usedCodes(Browser browser) {
        WebElement row = browser.visible(By.xpath("//tr[th[@scope='row' and normalize-space()='Botilbuddet Solvang']]"));
        return row.findElements(By.tagName("td")).get(2).getText();
    }

    private static void assertAccessibleAlsoOnANarrowScreen(Browser browser) {
        Accessibility.assertNoViolations(browser);
        NarrowScreen.use(browser);
        try {
            // The emulated screen lays the page out anew at once; no reload, which would post a form again.
            NarrowScreen.assertFitsAndIsAccessible(browser);
        } finally {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static HttpResponse<String> download(URI address, Cookie token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(address).header("Cookie", token.getName() + "=" + token.getValue()).GET().build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
