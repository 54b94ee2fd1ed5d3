package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learning → action: the administrator takes a citizen's complaint about Botilbuddet Solvang, makes an
 * action from it, publishes it, and the public "I sagde, vi gjorde" page shows it. The actions pages
 * and the public page pass axe in both languages, with validation errors showing, and fit a 320 px screen.
 */
@SystemTest
class ComplaintActionsIT {

    private static final String ACTIONS = "/o/slagelse/klage/handlinger";
    private static final String CASES = "/o/slagelse/klage/sager";
    private static final String PUBLIC = "/o/slagelse/klage/vi-gjorde";

    @Test
    void annaMakesAnActionFromAComplaintPublishesItAndThePublicPageShowsIt(Browser browser, RunningSystem system) {
        String reference = CitizenComplaint.about("botilbuddet-solvang", "Min far fik ikke sin aftenmedicin i weekenden.")
            .fileWithoutJavaScript(system).reference();
        signInAsAnna(browser, Language.DANISH);
        takeTheCase(browser, reference);

        browser.open(ACTIONS + "/ny?sag=" + reference);
        assertThat(browser.visible(By.cssSelector("main h2")).getText()).isEqualTo("Fra sag " + reference);
        browser.driver().findElement(By.id("ny-description")).sendKeys("Medicinlisten tjekkes ved hvert vagtskifte, også i weekenden.");
        browser.driver().findElement(By.id("ny-owner")).sendKeys("Leder af Solvang");
        browser.driver().findElement(By.id("ny-dueOn")).sendKeys(inAMonth());
        assertThat(new Select(browser.driver().findElement(By.id("ny-unit"))).getFirstSelectedOption().getText()).isEqualTo("Botilbuddet Solvang");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();

        assertThat(browser.visible(By.cssSelector(".alert-success")).getText()).contains("Handlingen er oprettet.");
        String actionPage = browser.currentPath();
        assertThat(actionPage).matches(ACTIONS + "/\\d+");
        assertThat(browser.visibleText()).contains("Leder af Solvang", "Botilbuddet Solvang", reference, "Ikke offentliggjort");

        browser.driver().findElement(By.id("offentliggoer-publicText")).sendKeys("Vi tjekker nu medicinlisten ved hvert vagtskifte, også i weekenden.");
        browser.driver().findElement(By.id("offentliggoer-publicTextEn")).sendKeys("We now check the medicine list at every change of shift, weekends too.");
        submit(browser, "offentliggoer");
        assertThat(browser.visible(By.cssSelector(".alert-success")).getText()).contains("Handlingen er offentliggjort");

        browser.open(ACTIONS);
        assertThat(browser.visibleText()).contains("Medicinlisten tjekkes ved hvert vagtskifte", "Ja, på \"I sagde, vi gjorde\"");

        try (Browser citizen = Browser.launchWithoutJavaScript(system.gatewayUrl())) {
            citizen.open(PUBLIC);
            assertThat(citizen.visible(By.tagName("h1")).getText()).isEqualTo("I sagde, vi gjorde");
            assertThat(citizen.visibleText()).contains("Botilbuddet Solvang", "Vi tjekker nu medicinlisten ved hvert vagtskifte, også i weekenden.")
                .doesNotContain(reference, "Leder af Solvang", "aftenmedicin i weekenden");
            citizen.open(Language.ENGLISH.address(PUBLIC));
            citizen.awaitDocumentLanguage("en");
            assertThat(citizen.visibleText()).contains("You said, we did", "We now check the medicine list at every change of shift, weekends too.");
        }
    }

    @InBothLanguages
    void theActionsPagesAndThePublicPageAreAccessibleAlsoWithErrorsShowingAndOnANarrowScreen(Language language, Browser browser,
                                                                                            RunningSystem system) {
        String reference = CitizenComplaint.about("botilbuddet-solvang", "Personalet glemte at give besked om ændret mødetid.")
            .fileWithoutJavaScript(system).reference();
        signInAsAnna(browser, language);
        takeTheCase(browser, reference);
        List<String> pages = new ArrayList<>(List.of(ACTIONS, ACTIONS + "/ny?sag=" + reference));

        browser.open(language.address(ACTIONS + "/ny?sag=" + reference));
        browser.awaitDocumentLanguage(language.code());
        Accessibility.assertNoViolations(browser);
        browser.driver().findElement(By.id("ny-description")).sendKeys("Faste beskeder om mødetider.");
        browser.driver().findElement(By.id("ny-dueOn")).sendKeys("i morgen");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement summary = browser.visible(By.cssSelector(".alert-error[role=alert]"));
        assertThat(summary.getText()).contains(language.pick("Skriv, hvem der har ansvaret.", "Say who owns the action."));
        assertThat(browser.driver().findElement(By.id("ny-description")).getDomProperty("value")).isEqualTo("Faste beskeder om mødetider.");
        Accessibility.assertNoViolations(browser);

        browser.driver().findElement(By.id("ny-owner")).sendKeys("Leder af Solvang");
        browser.driver().findElement(By.id("ny-dueOn")).clear();
        browser.driver().findElement(By.id("ny-dueOn")).sendKeys(inAMonth());
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.visible(By.cssSelector(".alert-success"));
        String actionPage = browser.currentPath();
        pages.add(actionPage);
        Accessibility.assertNoViolations(browser);

        submit(browser, "offentliggoer");
        assertThat(browser.visible(By.cssSelector(".alert-error[role=alert]")).getText())
            .contains(language.pick("Skriv teksten til borgerne.", "Write the text for citizens."));
        Accessibility.assertNoViolations(browser);
        browser.driver().findElement(By.id("offentliggoer-publicText")).sendKeys("Vi giver nu altid besked, når en mødetid ændres.");
        submit(browser, "offentliggoer");
        browser.visible(By.cssSelector(".alert-success"));

        browser.open(language.address(ACTIONS + "?status=all"));
        browser.awaitDocumentLanguage(language.code());
        Accessibility.assertNoViolations(browser);

        pages.add(PUBLIC);
        browser.open(language.address(PUBLIC));
        browser.awaitDocumentLanguage(language.code());
        assertThat(browser.visibleText()).contains("Vi giver nu altid besked, når en mødetid ændres.");
        Accessibility.assertNoViolations(browser);
        new Select(browser.driver().findElement(By.id("enhed"))).selectByValue("botilbuddet-solvang");
        // The filtered page has the same address and language as this one: wait for it to replace this one.
        browser.clickAndAwaitNextPage(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
        browser.awaitDocumentLanguage(language.code());
        assertThat(browser.currentPath()).isEqualTo(PUBLIC);
        Accessibility.assertNoViolations(browser);

        for (String path : pages) {
            NarrowScreen.assertFitsAndIsAccessible(browser, language, path);
        }
    }

    private static void submit(Browser browser, String form) {
        browser.driver().findElement(By.cssSelector("main form[action*='/" + form + "'] button[type=submit]")).click();
    }

    private static String inAMonth() {
        return LocalDate.now().plusMonths(1).format(DateTimeFormatter.ofPattern("d.M.yyyy"));
    }

    private static void signInAsAnna(Browser browser, Language language) {
        SignInPage.open(browser, language).signInWithKeyboard(DemoStaff.ANNA);
        browser.awaitPath(DemoStaff.ANNA.startPage());
    }

    /** An action is made from a case in progress: Anna takes the (already acknowledged) web case on its page first. */
    private static void takeTheCase(Browser browser, String reference) {
        String casePage = CASES + "/" + reference;
        browser.open(casePage);
        CasePage.act(browser, "take");
        browser.awaitPath(casePage);
        browser.visible(By.cssSelector(".alert-success"));
    }
}
