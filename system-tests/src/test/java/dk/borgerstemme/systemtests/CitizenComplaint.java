package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;

/**
 * A complaint filed through the citizen's form at {@code /o/slagelse/klage} the way a person does it:
 * labels clicked (DKFDS draws radios over the hidden native input), the text typed, and the form's
 * minimum fill time (spam defence, 4 s) waited out before sending. Anonymous unless contact details are given.
 */
final class CitizenComplaint {

    static final String FORM = "/o/slagelse/klage";
    static final Duration MINIMUM_FILL_TIME = Duration.ofMillis(4_500);

    record Receipt(String reference, String statusCode) {
    }

    private final String unit;
    private final String whatHappened;
    private String role = "paaroerende";
    private String category = "levering-af-hjaelpen";
    private String wish;
    private String name;
    private String email;

    private CitizenComplaint(String unit, String whatHappened) {
        this.unit = unit;
        this.whatHappened = whatHappened;
    }

    /** A complaint about the unit (an id of the demo catalogue), saying what happened. */
    static CitizenComplaint about(String unit, String whatHappened) {
        return new CitizenComplaint(unit, whatHappened);
    }

    CitizenComplaint byA(String role) {
        this.role = role;
        return this;
    }

    /** With no category chosen, as when the citizen does not know which fits. */
    CitizenComplaint withoutCategory() {
        this.category = null;
        return this;
    }

    CitizenComplaint wishing(String wish) {
        this.wish = wish;
        return this;
    }

    /** With a name and an e-mail address, answered by e-mail. */
    CitizenComplaint from(String name, String email) {
        this.name = name;
        this.email = email;
        return this;
    }

    /** Files it in a fresh browser with JavaScript off. */
    Receipt fileWithoutJavaScript(RunningSystem system) {
        try (Browser citizen = Browser.launchWithoutJavaScript(system.gatewayUrl())) {
            return fileIn(citizen);
        }
    }

    /** Files it in the citizen's browser and reads the receipt. */
    Receipt fileIn(Browser citizen) {
        citizen.open(FORM);
        Instant opened = Instant.now();
        citizen.visible(By.id("hvad"));
        choose(citizen, "art-klage");
        choose(citizen, "rolle-" + role);
        WebElement place = citizen.driver().findElement(By.id("sted"));
        if (place.isDisplayed()) {
            new Select(place).selectByValue("enhed:" + unit);
        } else {
            // With JavaScript on, a searchable field stands in for the list; the list still holds the choice.
            ((JavascriptExecutor) citizen.driver()).executeScript("arguments[0].value = arguments[1]", place, "enhed:" + unit);
        }
        if (category != null) {
            new Select(citizen.driver().findElement(By.id("kategori"))).selectByValue(category);
        }
        citizen.driver().findElement(By.id("hvad")).sendKeys(whatHappened);
        if (wish != null) {
            citizen.driver().findElement(By.id("oenske")).sendKeys(wish);
        }
        choose(citizen, "afgoerelse-nej");
        if (email == null) {
            choose(citizen, "kontakt-anonym");
        } else {
            choose(citizen, "kontakt-kontakt");
            citizen.driver().findElement(By.id("navn")).sendKeys(name);
            citizen.driver().findElement(By.id("email")).sendKeys(email);
            choose(citizen, "kanal-email");
        }
        waitOutTheFillTime(opened);
        citizen.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        String reference = citizen.visible(By.cssSelector(".borgerstemme-reference")).getText().strip();
        String statusCode = citizen.visible(By.cssSelector(".borgerstemme-status-code")).getText().strip();
        return new Receipt(reference, statusCode);
    }

    private static void choose(Browser citizen, String id) {
        WebElement label = citizen.driver().findElement(By.cssSelector("label[for='" + id + "']"));
        ((JavascriptExecutor) citizen.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        label.click();
    }

    static void waitOutTheFillTime(Instant opened) {
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
}
