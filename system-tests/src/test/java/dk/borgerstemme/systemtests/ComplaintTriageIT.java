package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen files a complaint about Botilbuddet Solvang on the web form; the caseworker of the team it
 * is routed to finds it in the queue, acknowledges it, takes it, replies and closes it with what was learned. The queue
 * and case pages pass axe in both languages, with validation errors showing, and fit a 320 px screen.
 */
@SystemTest
class ComplaintTriageIT {

    private static final String QUEUE = "/o/slagelse/klage/sager";
    private static final int NARROWEST_SCREEN = 320;

    @Test
    void danFindsTheComplaintAboutSolvangAcknowledgesItRepliesAndClosesItWithTheFollowUp(Browser browser, RunningSystem system) {
        String reference = fileComplaintAboutSolvang(system, "Min søn fik ikke sin medicin til tiden i weekenden.");
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

        act(browser, "take");
        browser.awaitPath(casePage);
        assertThat(browser.visible(By.cssSelector(".alert-success")).getText()).contains("Gemt.");
        assertThat(browser.visibleText()).contains("Under behandling");

        act(browser, "reply", () -> {
            browser.driver().findElement(By.id("reply-body")).sendKeys("Vi beklager. Vi har talt med personalet om medicinen.");
        });
        browser.awaitPath(casePage);
        assertThat(browser.visibleText()).contains("Svar til borgeren", "Vi beklager. Vi har talt med personalet om medicinen.");

        act(browser, "close", () -> {
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
        String reference = fileComplaintAboutSolvang(system, "Personalet talte grimt til min mor.");
        signIn(browser, language);

        browser.open(language.address(QUEUE));
        browser.awaitDocumentLanguage(language.code());
        browser.visible(By.linkText(reference));
        Accessibility.assertNoViolations(browser);

        browser.open(language.address(QUEUE + "/" + reference));
        browser.awaitDocumentLanguage(language.code());
        Accessibility.assertNoViolations(browser);

        act(browser, "close", () -> browser.driver().findElement(By.id("close-learning")).sendKeys("Vi har talt om tonen."));
        WebElement summary = browser.visible(By.cssSelector(".alert-error[role=alert]"));
        assertThat(summary.getText()).contains(language.pick("Vælg resultatet.", "Choose the outcome."));
        assertThat(browser.driver().findElement(By.id("close-learning")).getDomProperty("value")).isEqualTo("Vi har talt om tonen.");
        Accessibility.assertNoViolations(browser);

        for (String path : new String[] {QUEUE, QUEUE + "/" + reference}) {
            browser.useScreenWidth(NARROWEST_SCREEN);
            browser.open(language.address(path));
            browser.awaitDocumentLanguage(language.code());
            Browser.HorizontalOverflow overflow = browser.horizontalOverflow();
            assertThat(overflow.scrollsSideways())
                .as("%s is %d px wide on a %d px screen; sticking out: %s", path, overflow.scrollWidth(), overflow.innerWidth(), overflow.stickingOut())
                .isFalse();
            Accessibility.assertNoViolations(browser);
        }
    }

    /** Files an anonymous complaint about the unit through the citizen's form, with JavaScript off; returns its reference. */
    private static String fileComplaintAboutSolvang(RunningSystem system, String whatHappened) {
        try (Browser citizen = Browser.launchWithoutJavaScript(system.gatewayUrl())) {
            citizen.open("/o/slagelse/klage");
            citizen.visible(By.id("hvad"));
            citizen.driver().findElement(By.cssSelector("label[for='art-klage']")).click();
            citizen.driver().findElement(By.cssSelector("label[for='rolle-paaroerende']")).click();
            new Select(citizen.driver().findElement(By.id("sted"))).selectByValue("enhed:botilbuddet-solvang");
            new Select(citizen.driver().findElement(By.id("kategori"))).selectByValue("levering-af-hjaelpen");
            citizen.driver().findElement(By.id("hvad")).sendKeys(whatHappened);
            citizen.driver().findElement(By.cssSelector("label[for='afgoerelse-nej']")).click();
            citizen.driver().findElement(By.cssSelector("label[for='kontakt-anonym']")).click();
            // The form refuses what is sent faster than a person can fill it in (spam defence).
            sleep(4_500);
            citizen.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
            return citizen.visible(By.cssSelector(".borgerstemme-reference")).getText().strip();
        }
    }

    private static void signIn(Browser browser, Language language) {
        SignInPage.open(browser, language).signInWithKeyboard(DemoStaff.DAN);
        browser.awaitPath(DemoStaff.DAN.startPage());
    }

    private static void act(Browser browser, String action) {
        act(browser, action, () -> { });
    }

    /** Opens the action's section of the case page, fills it in and sends it. */
    private static void act(Browser browser, String action, Runnable fillIn) {
        WebElement section = browser.visible(By.id("action-" + action));
        if (section.getDomAttribute("open") == null) {
            section.findElement(By.tagName("summary")).click();
        }
        fillIn.run();
        section.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
