package dk.borgerstemme.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

@SystemTest
class AccessibilityIT {

    @InBothLanguages
    void theListOfOrganisationsHasNoAccessibilityViolations(Language language, Browser browser) {
        show(browser, language, "/");

        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theCitizenLandingPageHasNoAccessibilityViolations(Language language, Browser browser) {
        show(browser, language, "/o/slagelse");

        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theSignInPageHasNoAccessibilityViolations(Language language, Browser browser) {
        show(browser, language, SignInPage.PATH);

        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theSignInPageShowingAFailedSignInHasNoAccessibilityViolations(Language language, Browser browser) {
        SignInPage page = SignInPage.open(browser, language);
        page.signInWithKeyboard(DemoStaff.ANNA.username(), "not-the-password");
        page.awaitError();

        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theStaffStartPageHasNoAccessibilityViolations(Language language, Browser browser) {
        SignInPage.open(browser, language).signInWithKeyboard(DemoStaff.ANNA);
        browser.awaitPath(DemoStaff.ANNA.startPage());
        assertThat(browser.visibleText()).contains(DemoStaff.ANNA.firstName());

        Accessibility.assertNoViolations(browser);
    }

    private static void show(Browser browser, Language language, String path) {
        browser.open(language.address(path));
        browser.awaitDocumentLanguage(language.code());
    }
}
