package dk.borgerstemme.systemtests;

@SystemTest
class SmallScreenIT {

    @InBothLanguages
    void theLandingPageFitsA320PixelWideScreenWithoutScrollingSideways(Language language, Browser browser) {
        NarrowScreen.assertFitsAndIsAccessible(browser, language, "/o/slagelse");
    }

    @InBothLanguages
    void theSignInPageFitsA320PixelWideScreenWithoutScrollingSideways(Language language, Browser browser) {
        NarrowScreen.assertFitsAndIsAccessible(browser, language, SignInPage.PATH);
    }
}
