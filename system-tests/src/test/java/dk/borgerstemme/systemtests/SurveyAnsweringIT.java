package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen answers the demo satisfaction survey through the gateway, as the letter tells them to. */
@SystemTest
class SurveyAnsweringIT {

    private static final String BASE = "/o/slagelse/s";
    private static final By CODE = By.id("code");
    private static final By SUBMIT = By.cssSelector("main button[type=submit].button-primary");
    private static final By FIRST_OPTION = By.cssSelector("main .form-group .borgerstemme-option input");
    private static final By TEXT = By.cssSelector("main textarea");
    // DKFDS draws radio buttons and checkboxes over the native input, which it hides: a person
    // clicks the label, and the keyboard focuses the input underneath.
    private static final By FIRST_LABEL = By.cssSelector("main .form-group .borgerstemme-option label");

    @InBothLanguages
    void aCitizenAnswersTheWholeSurveyWithTheKeyboardOnlyAndEveryPageIsAccessible(Language language, Browser browser, RunningSystem system) {
        browser.open(language.address(BASE));
        Accessibility.assertNoViolations(browser);

        browser.tabTo(CODE, 20);
        browser.type(system.nextDemoInvitationCode("slagelse"), Keys.ENTER);
        browser.awaitPath(BASE + "/intro");
        Accessibility.assertNoViolations(browser);

        tabToFirstOption(browser);
        browser.press(Keys.SPACE);
        browser.press(Keys.ENTER);
        browser.awaitPath(BASE + "/spoergsmaal/1");

        int number = 1;
        while (browser.currentPath().startsWith(BASE + "/spoergsmaal/")) {
            assertThat(browser.driver().getTitle()).contains(language.pick("Spørgsmål " + number + " af", "Question " + number + " of"));
            if (number == 1) {
                boolean speaks = Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                    .executeScript("return 'speechSynthesis' in window"));
                assertThat(browser.driver().findElements(By.cssSelector(".borgerstemme-read-aloud")))
                    .as("a read-aloud button where the browser can speak").hasSize(speaks ? 1 : 0);
                Accessibility.assertNoViolations(browser);
            }
            String answered = BASE + "/spoergsmaal/" + number;
            answerWithKeyboard(browser);
            browser.await().until(ignored -> !browser.currentPath().equals(answered) || hasError(browser));
            assertThat(hasError(browser)).as("an answer was refused on %s", answered).isFalse();
            number++;
        }

        browser.awaitPath(BASE + "/tjek");
        assertThat(browser.visibleText()).contains(language.pick("Tjek dine svar", "Check your answers"));
        Accessibility.assertNoViolations(browser);
        browser.tabTo(By.cssSelector("main form button[type=submit]"), 80);
        browser.press(Keys.ENTER);

        browser.awaitPath(BASE + "/tak");
        assertThat(browser.visibleText()).contains(language.pick("Tak for dine svar", "Thank you for your answers"));
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void aCitizenMakesTheQuestionsEasierToReadAndThePageStaysAccessible(Language language, Browser browser, RunningSystem system) {
        browser.open(language.address(BASE));
        browser.visible(CODE).sendKeys(system.nextDemoInvitationCode("slagelse"), Keys.ENTER);
        browser.awaitPath(BASE + "/intro");
        browser.visible(FIRST_LABEL).click();
        browser.visible(SUBMIT).click();
        browser.awaitPath(BASE + "/spoergsmaal/1");
        assertThat(browser.driver().findElements(By.cssSelector(".borgerstemme-face"))).isNotEmpty();

        browser.visible(By.cssSelector(".borgerstemme-profile summary")).click();
        browser.visible(By.cssSelector("label[for=profil-ord]")).click();
        browser.visible(By.cssSelector("label[for=profil-stor]")).click();
        browser.visible(By.cssSelector(".borgerstemme-profile button")).click();

        browser.await().until(ignored -> !browser.driver().findElements(By.cssSelector("form.borgerstemme-large")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector(".borgerstemme-face"))).as("words only, no faces").isEmpty();
        browser.visible(By.cssSelector(".borgerstemme-profile summary")).click();
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void allQuestionsOnOnePageAreAccessibleAlsoWithTheirErrorsShowing(Language language, Browser browser, RunningSystem system) {
        browser.open(language.address(BASE));
        browser.visible(CODE).sendKeys(system.nextDemoInvitationCode("slagelse"), Keys.ENTER);
        browser.awaitPath(BASE + "/intro");
        browser.visible(FIRST_LABEL).click();
        browser.visible(By.cssSelector("button[value=alle]")).click();
        browser.awaitPath(BASE + "/alle");
        Accessibility.assertNoViolations(browser);

        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('main textarea').value = 'x'.repeat(2001)");
        browser.visible(SUBMIT).click();

        assertThat(browser.visible(By.cssSelector(".alert-error")).getText()).contains(language.pick("for lang", "too long"));
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void aKioskTabletGoesBackToTheStartAfterAPeriodWithoutInput(Language language, Browser browser, RunningSystem system) {
        browser.open(language.address(system.demoKioskLink("slagelse")));
        browser.awaitPath(BASE + "/intro");
        browser.visible(FIRST_LABEL).click();
        browser.visible(SUBMIT).click();
        browser.awaitPath(BASE + "/spoergsmaal/1");
        browser.visible(FIRST_LABEL).click();

        browser.await().withTimeout(RunningSystem.KIOSK_IDLE.multipliedBy(4))
            .until(ignored -> browser.currentPath().equals(BASE + "/intro"));

        assertThat(browser.driver().findElements(By.cssSelector("main input:checked"))).as("the next person starts afresh").isEmpty();
    }

    @InBothLanguages
    void aMistypedCodeIsExplainedWithoutLosingWhatWasTyped(Language language, Browser browser) {
        browser.open(language.address(BASE));
        browser.tabTo(CODE, 20);
        browser.type("KX7M 4PRT W9CB", Keys.ENTER);

        WebElement error = browser.visible(By.cssSelector(".alert-error"));
        assertThat(error.getText()).contains(language.pick("ikke skrevet rigtigt", "not typed correctly"));
        assertThat(browser.visible(CODE).getAttribute("value")).isEqualTo("KX7M 4PRT W9CB");
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theSurveyPagesFitA320PixelWideScreen(Language language, Browser browser, RunningSystem system) {
        NarrowScreen.assertFitsAndIsAccessible(browser, language, BASE);
        browser.visible(CODE).sendKeys(system.nextDemoInvitationCode("slagelse"), Keys.ENTER);
        browser.awaitPath(BASE + "/intro");
        NarrowScreen.assertFitsAndIsAccessible(browser);
    }

    @InBothLanguages
    void aCitizenWhoseBrowserHasNoJavaScriptAnswersTheSameWay(Language language, RunningSystem system) {
        try (Browser browser = Browser.launchWithoutJavaScript(system.gatewayUrl())) {
            browser.open(language.address(BASE));
            browser.visible(CODE).sendKeys(system.nextDemoInvitationCode("slagelse"), Keys.ENTER);
            browser.awaitPath(BASE + "/intro");
            browser.visible(FIRST_LABEL).click();
            browser.visible(SUBMIT).click();
            browser.awaitPath(BASE + "/spoergsmaal/1");
            while (browser.currentPath().startsWith(BASE + "/spoergsmaal/")) {
                String before = browser.currentPath();
                List<WebElement> labels = browser.driver().findElements(FIRST_LABEL);
                if (labels.isEmpty()) {
                    browser.visible(TEXT).sendKeys("Tak for hjælpen.");
                } else {
                    labels.get(0).click();
                }
                browser.visible(SUBMIT).click();
                browser.await().until(ignored -> !browser.currentPath().equals(before));
            }
            browser.awaitPath(BASE + "/tjek");
            browser.visible(By.cssSelector("main form button[type=submit]")).click();
            browser.awaitPath(BASE + "/tak");
            assertThat(browser.visibleText()).contains(language.pick("Tak for dine svar", "Thank you for your answers"));
        }
    }

    private static void answerWithKeyboard(Browser browser) {
        List<WebElement> options = browser.driver().findElements(FIRST_OPTION);
        if (options.isEmpty()) {
            browser.tabTo(TEXT, 30);
            browser.type("Personalet er søde.");
            browser.tabTo(SUBMIT, 5);
            browser.press(Keys.ENTER);
        } else {
            tabToFirstOption(browser);
            browser.press(Keys.SPACE);
            browser.press(Keys.ENTER);
        }
    }

    private static void tabToFirstOption(Browser browser) {
        WebElement first = browser.driver().findElements(FIRST_OPTION).get(0);
        for (int press = 0; press < 30; press++) {
            browser.press(Keys.TAB);
            if (browser.driver().switchTo().activeElement().equals(first)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the first answer on " + browser.currentPath());
    }

    private static boolean hasError(Browser browser) {
        return !browser.driver().findElements(By.cssSelector(".alert-error")).isEmpty();
    }
}
