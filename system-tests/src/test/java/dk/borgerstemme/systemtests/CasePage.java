package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The staff case page {@code /o/{org}/klage/sager/{reference}}: each action is a disclosure section with its own form. */
final class CasePage {

    private CasePage() {
    }

    /** Opens the action's section and sends its form as it is. */
    static void act(Browser browser, String action) {
        act(browser, action, () -> { });
    }

    /** Opens the action's section, fills it in, sends it and waits for the page that answers. */
    static void act(Browser browser, String action, Runnable fillIn) {
        WebElement section = browser.visible(By.id("action-" + action));
        if (section.getDomAttribute("open") == null) {
            section.findElement(By.tagName("summary")).click();
        }
        fillIn.run();
        browser.clickAndAwaitNextPage(section.findElement(By.cssSelector("button[type=submit]")));
    }
}
