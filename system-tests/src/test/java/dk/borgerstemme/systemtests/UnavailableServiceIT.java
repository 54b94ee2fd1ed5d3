package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The survey service is down for these tests; the gateway must say so clearly instead of failing. */
@SystemTest
class UnavailableServiceIT {

    private static final String SURVEY_PAGE = "/o/slagelse/s/enheder";

    @BeforeAll
    static void theSurveyServiceGoesDown(RunningSystem system) {
        system.surveyService().stop();
    }

    @AfterAll
    static void theSurveyServiceComesBack(RunningSystem system) {
        system.surveyService().start();
        system.surveyService().awaitReady(RunningSystem.START_UP);
    }

    @InBothLanguages
    void aCitizenIsToldThatTheServiceIsTemporarilyUnavailable(Language language, Browser browser, RunningSystem system) {
        String address = language.address(SURVEY_PAGE);
        HttpResponse<String> response = PlainHttp.getPage(system.gatewayUrl().resolve(address));
        assertThat(response.statusCode()).as("HTTP status of %s", address).isEqualTo(503);

        browser.open(address);
        browser.awaitDocumentLanguage(language.code());
        assertThat(browser.visible(By.tagName("h1")).getText())
            .containsIgnoringCase(language.pick("midlertidigt", "temporarily"));
    }

    @InBothLanguages
    void theTemporarilyUnavailablePageHasNoAccessibilityViolations(Language language, Browser browser) {
        browser.open(language.address(SURVEY_PAGE));
        browser.awaitDocumentLanguage(language.code());
        browser.visible(By.tagName("h1"));

        Accessibility.assertNoViolations(browser);
    }
}
