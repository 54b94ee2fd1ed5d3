package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen files a complaint about Botilbuddet Solvang on the web form; the caseworker of the team it
 * is routed to finds it in the queue, acknowledges it, takes it, replies and closes it with what was learned. The queue
 * and case pages pass axe in both languages, with validation errors showing, and fit a 320 px screen.
 */
@SystemTest
class ComplaintTriageIT {

    private static final String QUEUE = "/o/slagelse/klage/sager";

    @Test
    void danFindsTheComplaintAboutSolvangAcknowledgesItRepliesAndClosesItWithTheFollowUp(Browser browser, RunningSystem system) {
        String reference = CitizenComplaint.about("botilbuddet-solvang", "Min søn fik ikke sin medicin til tiden i weekenden.")
            .fileWithoutJavaScript(system).reference();
        signIn(browser, Language.DANISH);

        browser.open(QUEUE);
        WebElement row = browser.visible(By.linkText(reference));
        assertThat(browser.visibleText()).contains("Botilbuddet Solvang", "I tide");
        row.click();
        String casePage = QUEUE + "/" + reference;
        browser.awaitPath(casePage);
        assertThat(browser.visibleText()).as("the receipt page acknowledged the web complaint")
            .contains("Min søn fik ikke sin medicin til tiden i weekenden.", "Kvitteret for modtagelse");
        assertThat(browser.driver().findElements(By.id("action-acknowledge"))).isEmpty();

        CasePage.act(browser, "take");
        browser.awaitPath(casePage);
        assertThat(browser.visible(By.cssSelector(".alert-success")).getText()).contains("Gemt.");
        assertThat(browser.visibleText()).contains("Under behandling");

        CasePage.act(browser, "reply", () -> {
            browser.driver().findElement(By.id("reply-body")).sendKeys("Vi beklager. Vi har talt med personalet om medicinen.");
        });
        browser.awaitPath(casePage);
        assertThat(browser.visibleText()).contains("Svar til borgeren", "Vi beklager. Vi har talt med personalet om medicinen.");

        CasePage.act(browser, "close", () -> {
            browser.driver().findElement(By.cssSelector("label[for='close-outcome']")).click();
            new Select(browser.driver().findElement(By.id("close-rootCause"))).selectByValue("procedure");
            browser.driver().findElement(By.id("close-learning")).sendKeys("Medicinlisten tjekkes nu ved hver vagtskifte.");
            browser.driver().findElement(By.cssSelector("label[for='close-replySent']")).click();
        });
        browser.awaitPath(casePage);
        assertThat(browser.visibleText()).contains("Afsluttet", "Medhold", "Procedure ikke fulgt", "Medicinlisten tjekkes nu ved hver vagtskifte.");
        assertThat(browser.driver().findElements(By.id("action-reopen"))).hasSize(1);
        assertThat(browser.driver().findElement(By.id("create-action")).getDomAttribute("href"))
            .isEqualTo("/o/slagelse/klage/handlinger/ny?sag=" + reference);

        browser.open(QUEUE);
        assertThat(browser.driver().findElements(By.linkText(reference))).as("a closed case leaves the open queue").isEmpty();
    }

    @InBothLanguages
    void theQueueAndTheCasePageAreAccessibleAlsoWithErrorsShowingAndOnANarrowScreen(Language language, Browser browser, RunningSystem system) {
        String reference = CitizenComplaint.about("botilbuddet-solvang", "Personalet talte grimt til min mor.")
            .fileWithoutJavaScript(system).reference();
        signIn(browser, language);

        browser.open(language.address(QUEUE));
        browser.awaitDocumentLanguage(language.code());
        browser.visible(By.linkText(reference));
        Accessibility.assertNoViolations(browser);

        browser.open(language.address(QUEUE + "/" + reference));
        browser.awaitDocumentLanguage(language.code());
        Accessibility.assertNoViolations(browser);

        CasePage.act(browser, "close", () -> browser.driver().findElement(By.id("close-learning")).sendKeys("Vi har talt om tonen."));
        WebElement summary = browser.visible(By.cssSelector(".alert-error[role=alert]"));
        assertThat(summary.getText()).contains(language.pick("Vælg resultatet.", "Choose the outcome."));
        assertThat(browser.driver().findElement(By.id("close-learning")).getDomProperty("value")).isEqualTo("Vi har talt om tonen.");
        Accessibility.assertNoViolations(browser);

        for (String path : List.of(QUEUE, QUEUE + "/" + reference)) {
            NarrowScreen.assertFitsAndIsAccessible(browser, language, path);
        }
    }

    private static void signIn(Browser browser, Language language) {
        SignInPage.open(browser, language).signInWithKeyboard(DemoStaff.DAN);
        browser.awaitPath(DemoStaff.DAN.startPage());
    }
}
