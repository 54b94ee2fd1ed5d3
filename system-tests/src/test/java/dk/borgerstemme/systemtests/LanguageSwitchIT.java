package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

@SystemTest
class LanguageSwitchIT {

    private static final String LANDING_PAGE = "/o/slagelse";
    private static final By LANGUAGE_SWITCH = By.cssSelector("a.borgerstemme-language");
    private static final By HEADING = By.tagName("h1");
    private static final int TAB_PRESSES_TO_REACH_THE_HEADER = 15;

    @Test
    void aCitizenWhoSwitchesToEnglishStaysOnTheSamePageAndCanSwitchBack(Browser browser) {
        browser.open(LANDING_PAGE);
        browser.awaitDocumentLanguage(Language.DANISH.code());

        switchLanguage(browser, Language.ENGLISH);
        switchLanguage(browser, Language.DANISH);
    }

    @Test
    void aCitizenReadingInEnglishCanSwitchToDanishAndBack(Browser browser) {
        browser.open(Language.ENGLISH.address(LANDING_PAGE));
        browser.awaitDocumentLanguage(Language.ENGLISH.code());

        switchLanguage(browser, Language.DANISH);
        switchLanguage(browser, Language.ENGLISH);
    }

    private static void switchLanguage(Browser browser, Language to) {
        String headingBefore = browser.visible(HEADING).getText();

        browser.tabTo(LANGUAGE_SWITCH, TAB_PRESSES_TO_REACH_THE_HEADER);
        browser.press(Keys.ENTER);

        browser.awaitDocumentLanguage(to.code());
        assertThat(browser.currentPath()).isEqualTo(LANDING_PAGE);
        assertThat(browser.visible(HEADING).getText()).as("the heading %s", to.description()).isNotEqualTo(headingBefore);
    }
}
