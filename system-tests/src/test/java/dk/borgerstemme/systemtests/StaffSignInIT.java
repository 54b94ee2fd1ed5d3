package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

@SystemTest
class StaffSignInIT {

    // The action may carry the form's CSRF token as a query string.
    private static final By SIGN_OUT = By.cssSelector("form[action*='/logout'] button, form[action*='/logout'] input[type=submit]");
    private static final int TAB_PRESSES_TO_REACH_SIGN_OUT = 60;

    @InBothLanguages
    void aStaffMemberSignsInAndOutWithTheKeyboardOnly(Language language, Browser browser) {
        DemoStaff anna = DemoStaff.ANNA;
        SignInPage.open(browser, language).signInWithKeyboard(anna);

        browser.awaitPath(anna.startPage());
        assertThat(browser.visibleText()).contains(anna.firstName());
        assertThat(browser.documentLanguage()).as("the language chosen before signing in").isEqualTo(language.code());

        browser.tabTo(SIGN_OUT, TAB_PRESSES_TO_REACH_SIGN_OUT);
        browser.press(Keys.ENTER);
        browser.await().withMessage("signing out should leave the start page")
            .until(ignored -> !browser.currentPath().equals(anna.startPage()));

        browser.open(anna.startPage());
        SignInPage.at(browser);
    }

    @InBothLanguages
    void aStaffMemberOfAnotherOrganisationLandsOnTheirOwnOrganisationsStartPage(Language language, Browser browser) {
        DemoStaff eva = DemoStaff.EVA;
        SignInPage.open(browser, language).signInWithKeyboard(eva);

        browser.awaitPath(eva.startPage());
        assertThat(browser.visibleText()).contains(eva.firstName());
    }

    @InBothLanguages
    void aWrongPasswordShowsAClearErrorAndKeepsTheTypedUsername(Language language, Browser browser) {
        SignInPage page = SignInPage.open(browser, language);
        page.signInWithKeyboard("anna", "not-the-password");

        String error = page.awaitError().getText();
        assertThat(error).containsIgnoringCase(language.pick("forkert", "wrong"));
        assertThat(page.typedUsername()).isEqualTo("anna");
        assertThat(browser.currentPath()).isEqualTo(SignInPage.PATH);
        assertThat(browser.documentLanguage()).isEqualTo(language.code());
    }
}
