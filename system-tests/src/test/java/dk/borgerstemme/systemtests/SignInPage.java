package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The staff sign-in page, used with the keyboard only. */
final class SignInPage {

    static final String PATH = "/login";
    static final By USERNAME = By.id("username");
    static final By PASSWORD = By.id("password");
    static final By ERROR = By.cssSelector("[role=alert]");

    // Header links and the skip link come before the form; this leaves room for them.
    private static final int TAB_PRESSES_TO_REACH_THE_FORM = 30;

    private final Browser browser;

    private SignInPage(Browser browser) {
        this.browser = browser;
    }

    static SignInPage open(Browser browser, Language language) {
        browser.open(language.address(PATH));
        return at(browser);
    }

    /** The sign-in page the browser is showing now, for example after a redirect. */
    static SignInPage at(Browser browser) {
        browser.awaitPath(PATH);
        browser.visible(USERNAME);
        return new SignInPage(browser);
    }

    /** Tabs to the username, types it, tabs to the password, types it and presses Enter. */
    void signInWithKeyboard(String username, String password) {
        browser.tabTo(USERNAME, TAB_PRESSES_TO_REACH_THE_FORM);
        browser.type(username);
        browser.press(Keys.TAB);
        WebElement passwordField = browser.driver().switchTo().activeElement();
        if (!passwordField.equals(browser.driver().findElement(PASSWORD))) {
            throw new AssertionError("Tab from the username should go to the password, but went to "
                + passwordField.getTagName() + " " + passwordField.getDomAttribute("id"));
        }
        browser.type(password, Keys.ENTER);
    }

    void signInWithKeyboard(DemoStaff staff) {
        signInWithKeyboard(staff.username(), DemoStaff.PASSWORD);
    }

    WebElement awaitError() {
        return browser.visible(ERROR);
    }

    String typedUsername() {
        return browser.driver().findElement(USERNAME).getDomProperty("value");
    }
}
