package dk.borgerstemme.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

@SystemTest
class SmallScreenIT {

    private static final int NARROWEST_SCREEN = 320;

    @InBothLanguages
    void theLandingPageFitsA320PixelWideScreenWithoutScrollingSideways(Language language, Browser browser) {
        assertFitsWithoutScrollingSideways(browser, language, "/o/slagelse");
    }

    @InBothLanguages
    void theSignInPageFitsA320PixelWideScreenWithoutScrollingSideways(Language language, Browser browser) {
        assertFitsWithoutScrollingSideways(browser, language, SignInPage.PATH);
    }

    private static void assertFitsWithoutScrollingSideways(Browser browser, Language language, String path) {
        browser.useScreenWidth(NARROWEST_SCREEN);
        browser.open(language.address(path));
        browser.awaitDocumentLanguage(language.code());

        Browser.HorizontalOverflow overflow = browser.horizontalOverflow();
        assertThat(overflow.innerWidth()).as("the screen width the page is laid out for").isEqualTo(NARROWEST_SCREEN);
        assertThat(overflow.scrollsSideways())
            .as("%s is %d px wide on a %d px screen; sticking out to the right: %s",
                path, overflow.scrollWidth(), overflow.innerWidth(), overflow.stickingOut())
            .isFalse();
    }
}
