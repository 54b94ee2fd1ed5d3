package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen files a complaint through the gateway with the keyboard alone, keeps the receipt's reference
 * and status code, and looks the case up with them. The form refuses a form sent sooner than its minimum
 * fill time (4 s by default), so each filing waits for that as a person typing would.
 */
@SystemTest
class ComplaintIntakeIT {

    private static final String FORM = "/o/slagelse/klage";
    private static final String STATUS = "/o/slagelse/klage/status";
    private static final Duration MINIMUM_FILL_TIME = Duration.ofMillis(4500);
    private static final Pattern REFERENCE = Pattern.compile("K-\\d{4}-\\d{6}");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @InBothLanguages
    void aCitizenFilesAComplaintWithTheKeyboardAndLooksUpItsStatus(Language language, Browser browser) {
        Receipt receipt = fileWithTheKeyboard(language, browser);

        assertThat(browser.visibleText())
            .contains(language.pick("Tak for din klage", "Thank you for your complaint"))
            .contains(language.pick("Du får svar senest", "You get an answer by"))
            .contains(language.pick("Vi kontakter dig, som du har valgt.", "We contact you the way you chose."));
        Accessibility.assertNoViolations(browser);

        browser.tabTo(By.linkText(language.pick("Se status på sagen", "See the status of the case")), 60);
        browser.press(Keys.ENTER);
        browser.awaitPath(STATUS);
        browser.awaitDocumentLanguage(language.code());
        Accessibility.assertNoViolations(browser);

        lookUpWithTheKeyboard(browser, receipt.reference(), receipt.code().toLowerCase());

        browser.visible(By.cssSelector("main h1"));
        assertThat(browser.visibleText())
            .contains(language.pick("Sag ", "Case ") + receipt.reference())
            .contains(language.pick("Vi har modtaget sagen", "We have received the case"))
            .contains(language.pick("Svar senest", "Answer by"));
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void aCitizenWhoseBrowserHasNoJavaScriptFilesTheSameWay(Language language, RunningSystem system) {
        try (Browser browser = Browser.launchWithoutJavaScript(system.gatewayUrl())) {
            Receipt receipt = fileWithTheKeyboard(language, browser);

            browser.open(language.address(STATUS));
            lookUpWithTheKeyboard(browser, receipt.reference(), receipt.code());

            assertThat(browser.visible(By.cssSelector("main h1")).getText()).contains(receipt.reference());
            assertThat(browser.driver().findElements(By.cssSelector(".borgerstemme-filter, .borgerstemme-counter")))
                .as("no JavaScript, no enhancements").isEmpty();
        }
    }

    @InBothLanguages
    void theFormIsAccessibleAlsoWithItsErrorsShowing(Language language, Browser browser) {
        browser.open(language.address(FORM));
        Instant opened = Instant.now();
        browser.awaitDocumentLanguage(language.code());
        Accessibility.assertNoViolations(browser);

        waitOutTheFillTime(opened);
        browser.tabTo(SUBMIT, 80);
        browser.press(Keys.ENTER);

        WebElement summary = browser.visible(By.cssSelector(".alert-error"));
        assertThat(summary.getText()).contains(language.pick("Der er et problem", "There is a problem"));
        assertThat(browser.driver().getTitle()).startsWith(language.pick("Fejl:", "Error:"));
        Accessibility.assertNoViolations(browser);

        summary.findElement(By.cssSelector("a[href='#hvad']")).sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).as("the summary's link leads to the field").isEqualTo("hvad");
    }

    @InBothLanguages
    void theFormWithItsErrorsTheReceiptAndTheStatusPageFitA320PixelWideScreen(Language language, Browser browser) {
        NarrowScreen.use(browser);
        browser.open(language.address(FORM));
        Instant opened = Instant.now();
        NarrowScreen.assertFitsAndIsAccessible(browser);

        waitOutTheFillTime(opened);
        browser.visible(SUBMIT).click();
        browser.visible(By.cssSelector(".alert-error"));
        NarrowScreen.assertFitsAndIsAccessible(browser);

        Receipt receipt = fileWithTheKeyboard(language, browser);
        NarrowScreen.assertFitsAndIsAccessible(browser);

        browser.open(language.address(STATUS));
        lookUpWithTheKeyboard(browser, receipt.reference(), receipt.code());
        browser.visible(By.cssSelector("main h1"));
        NarrowScreen.assertFitsAndIsAccessible(browser);
    }

    @InBothLanguages
    void aWrongCodeGetsANeutralAnswerThatIsAccessible(Language language, Browser browser) {
        browser.open(language.address(STATUS));
        browser.awaitDocumentLanguage(language.code());

        lookUpWithTheKeyboard(browser, "K-2026-999999", "AAAAA-AAAAA");

        WebElement answer = browser.visible(By.cssSelector(".alert-error"));
        assertThat(answer.getText()).contains(language.pick("Vi kunne ikke finde sagen", "We could not find the case"));
        assertThat(browser.visible(By.id("sagsnummer")).getDomProperty("value")).isEqualTo("K-2026-999999");
        assertThat(browser.visible(By.id("statuskode")).getDomProperty("value")).as("the code is never sent back").isEmpty();
        Accessibility.assertNoViolations(browser);
        NarrowScreen.use(browser);
        NarrowScreen.assertFits(browser);
    }

    /** Fills in the whole form, with contact details and an e-mail address, and sends it; returns what the receipt shows. */
    private static Receipt fileWithTheKeyboard(Language language, Browser browser) {
        browser.open(language.address(FORM));
        Instant opened = Instant.now();
        browser.awaitDocumentLanguage(language.code());

        tabToId(browser, "art-klage");
        browser.press(Keys.SPACE);
        tabToId(browser, "rolle-borger");
        browser.press(Keys.SPACE);
        tabToId(browser, "sted");
        browser.type("Botilbuddet Solvang");
        assertThat(new Select(browser.driver().findElement(By.id("sted"))).getFirstSelectedOption().getDomAttribute("value"))
            .as("the place chosen by typing its name").isEqualTo("enhed:botilbuddet-solvang");
        tabToId(browser, "hvad");
        browser.type(language.pick("Personalet råbte ad mig ved aftensmaden.", "The staff shouted at me at dinner."));
        tabToId(browser, "oenske");
        browser.type(language.pick("En undskyldning.", "An apology."));
        tabToId(browser, "afgoerelse-ja");
        // Arrow keys move within a radio group and choose as they go.
        browser.press(Keys.ARROW_DOWN);
        tabToId(browser, "kontakt-anonym");
        browser.press(Keys.ARROW_DOWN);
        tabToId(browser, "navn");
        browser.type("Hanne Vestergaard");
        tabToId(browser, "email");
        browser.type("hanne@example.org");
        tabToId(browser, "kanal-email");
        browser.press(Keys.SPACE);
        assertChecked(browser, "art-klage", "rolle-borger", "afgoerelse-nej", "kontakt-kontakt", "kanal-email");

        waitOutTheFillTime(opened);
        browser.tabTo(SUBMIT, 20);
        browser.press(Keys.ENTER);

        String reference = browser.visible(By.cssSelector(".borgerstemme-reference")).getText().strip();
        String code = browser.visible(By.cssSelector(".borgerstemme-status-code")).getText().strip();
        assertThat(reference).matches(REFERENCE);
        assertThat(code).matches("[A-Z0-9]{5}-[A-Z0-9]{5}");
        assertThat(browser.driver().getCurrentUrl()).as("the code never sits in an address").doesNotContain(code);
        return new Receipt(reference, code);
    }

    private static void lookUpWithTheKeyboard(Browser browser, String reference, String code) {
        tabToId(browser, "sagsnummer");
        browser.type(reference);
        tabToId(browser, "statuskode");
        browser.type(code, Keys.ENTER);
        browser.await().until(ignored -> !browser.driver().findElements(By.cssSelector(".alert-error, .borgerstemme-case-status")).isEmpty());
    }

    /**
     * Presses Tab until the element with {@code id} has the focus. Unlike {@link Browser#tabTo}, the
     * target may be one of the radio buttons DKFDS hides visually under their drawn circle.
     */
    private static void tabToId(Browser browser, String id) {
        List<String> focusOrder = new ArrayList<>();
        for (int press = 0; press < 80; press++) {
            browser.press(Keys.TAB);
            String focused = browser.driver().switchTo().activeElement().getDomAttribute("id");
            if (id.equals(focused)) {
                return;
            }
            focusOrder.add(String.valueOf(focused));
        }
        throw new AssertionError("Tab never reached #" + id + "; the focus went to: " + String.join(" → ", focusOrder));
    }

    private static void assertChecked(Browser browser, String... ids) {
        for (String id : ids) {
            assertThat(browser.driver().findElement(By.id(id)).isSelected()).as("#%s chosen", id).isTrue();
        }
    }

    private static void waitOutTheFillTime(Instant opened) {
        Duration left = MINIMUM_FILL_TIME.minus(Duration.between(opened, Instant.now()));
        if (!left.isNegative()) {
            try {
                Thread.sleep(left.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private record Receipt(String reference, String code) {
    }
}
