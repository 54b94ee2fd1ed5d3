package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' own staff pages, reached through the gateway with the token it issued at sign-in:
 * each service checks the token against the gateway's published key and applies the staff member's
 * role, organisation and unit scope.
 */
@SystemTest
class StaffPagesIT {

    private static final String UNITS_PAGE = "/o/slagelse/s/enheder";
    private static final String TEAMS_PAGE = "/o/slagelse/klage/teams";

    @InBothLanguages
    void anAnalystFollowsTheStartPageLinkToEveryUnitOfTheSurveyService(Language language, Browser browser) {
        signIn(browser, language, DemoStaff.BO);

        browser.tabTo(By.cssSelector("a[href='" + UNITS_PAGE + "']"), 40);
        browser.press(Keys.ENTER);
        browser.awaitPath(UNITS_PAGE);

        assertThat(browser.visibleText()).contains("Botilbuddet Solvang", "Bostedet Skovly");
        assertThat(browser.documentLanguage()).isEqualTo(language.code());
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void aUnitLeaderSeesOnlyTheirOwnUnits(Language language, Browser browser) {
        signIn(browser, language, DemoStaff.CLARA);

        browser.open(UNITS_PAGE);

        assertThat(browser.visibleText()).contains("Botilbuddet Solvang", "Botilbuddet Havnevej").doesNotContain("Bostedet Skovly");
    }

    @InBothLanguages
    void aCaseworkerSeesTheirOwnTeamOnTheComplaintService(Language language, Browser browser) {
        signIn(browser, language, DemoStaff.DAN);

        browser.open(TEAMS_PAGE);

        assertThat(browser.visibleText())
            .contains(language.pick("Ledelsen i Socialpsykiatrien", "Social psychiatry management"))
            .doesNotContain(language.pick("Ledelsen i Handicap", "Disability management"));
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void aStaffMemberOfAnotherOrganisationIsRefusedByTheService(Language language, Browser browser) {
        signIn(browser, language, DemoStaff.EVA);

        browser.open(UNITS_PAGE);

        assertThat(browser.visible(By.tagName("h1")).getText())
            .isEqualTo(language.pick("Du har ikke adgang til siden", "You do not have access to this page"));
        Accessibility.assertNoViolations(browser);
    }

    private static void signIn(Browser browser, Language language, DemoStaff staff) {
        SignInPage.open(browser, language).signInWithKeyboard(staff);
        browser.awaitPath(staff.startPage());
    }
}
