package dk.borgerstemme.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

/** WCAG 1.4.10 reflow: every page must read on a screen 320 CSS pixels wide without scrolling sideways. */
final class NarrowScreen {

    static final int WIDTH = 320;

    private NarrowScreen() {
    }

    /** Lays the browser's pages out as on the narrow screen from now on. */
    static void use(Browser browser) {
        browser.useScreenWidth(WIDTH);
    }

    /** The page now shown does not scroll sideways; when it does, the message names what sticks out. */
    static void assertFits(Browser browser) {
        Browser.HorizontalOverflow overflow = browser.horizontalOverflow();
        assertThat(overflow.scrollsSideways())
            .as("%s is %d px wide on a %d px screen; sticking out to the right: %s",
                browser.currentPath(), overflow.scrollWidth(), overflow.innerWidth(), overflow.stickingOut())
            .isFalse();
    }

    /** The page now shown fits and axe-core finds nothing on it. */
    static void assertFitsAndIsAccessible(Browser browser) {
        assertFits(browser);
        Accessibility.assertNoViolations(browser);
    }

    /** Opens {@code path} in the language on the narrow screen; it fits and axe-core finds nothing. */
    static void assertFitsAndIsAccessible(Browser browser, Language language, String path) {
        use(browser);
        browser.open(language.address(path));
        browser.awaitDocumentLanguage(language.code());
        assertThat(browser.horizontalOverflow().innerWidth()).as("the screen width %s is laid out for", path).isEqualTo(WIDTH);
        assertFitsAndIsAccessible(browser);
    }
}
