package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo administrator designs a survey in Chromium: a draft from the shipped survey, an edited question,
 * the check's warning, the preview and the publication; every page passes axe-core, also with validation
 * errors showing and on a 320 px wide screen.
 */
@SystemTest
class SurveyAuthoringIT {

    private static final String ADMIN_PAGES = "/o/slagelse/s/admin";

    @InBothLanguages
    void anAdminMakesADraftFromTheDefaultSurveyEditsAQuestionSeesTheWarningPreviewsAndPublishes(Language language, Browser browser) {
        signIn(browser, language);
        String id = "journey-" + language.code();
        String editor = createDraft(browser, language, id);
        assertThat(browser.visibleText()).contains(language.pick("Tjekket finder intet at rette", "The check finds nothing to fix"));
        Accessibility.assertNoViolations(browser);

        openQuestion(browser, editor, 1);
        Accessibility.assertNoViolations(browser);
        browser.visible(By.id("text-da")).clear();
        submit(browser, "main form button.button-primary");
        browser.visible(By.cssSelector("main [role=alert] a[href='#text-da']"));
        assertThat(browser.driver().getTitle()).startsWith(language.pick("Fejl:", "Error:"));
        Accessibility.assertNoViolations(browser);

        browser.visible(By.id("text-da")).sendKeys("Er du tilfreds med den hjælp, du får hver dag?");
        browser.visible(By.id("easyread-da")).clear();
        browser.visible(By.id("easyread-en")).clear();
        submit(browser, "main form button.button-primary");
        browser.awaitPath(editor);
        assertThat(browser.visibleText()).contains(
            language.pick("Spørgsmålet har ingen let læst tekst", "The question has no easy-read text"),
            language.pick("Er du tilfreds med den hjælp, du får hver dag?", "How satisfied are you with the support you get?"));
        Accessibility.assertNoViolations(browser);

        browser.visible(By.cssSelector("a[href='" + editor + "/vis']")).click();
        browser.awaitPath(editor + "/vis");
        assertThat(browser.visibleText()).contains(language.pick("Meget tilfreds", "Very satisfied"));
        Accessibility.assertNoViolations(browser);

        browser.open(editor + "/udgiv");
        browser.awaitPath(editor + "/udgiv");
        assertThat(browser.visibleText()).contains(language.pick("Advarsler (1)", "Warnings (1)"));
        Accessibility.assertNoViolations(browser);
        submit(browser, "main form button.button-primary");
        browser.awaitPath(ADMIN_PAGES + "/" + id);
        assertThat(browser.visibleText()).contains(language.pick("Version 1 er udgivet", "Version 1 is published"));
        Accessibility.assertNoViolations(browser);

        browser.open(ADMIN_PAGES);
        assertThat(browser.visibleText()).contains(language.pick("udgivet som version 1", "published as version 1"));
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void everyAdminPageFitsA320PixelWideScreenAndStaysAccessibleWithErrorsShowing(Language language, Browser browser) {
        signIn(browser, language);
        NarrowScreen.use(browser);

        browser.open(ADMIN_PAGES);
        browser.visible(By.id("standard-id")).sendKeys("Ikke et id");
        submit(browser, "main form button.button-primary");
        browser.visible(By.cssSelector("main [role=alert] a[href='#standard-id']"));
        NarrowScreen.assertFitsAndIsAccessible(browser);

        String editor = createDraft(browser, language, "small-" + language.code());
        NarrowScreen.assertFitsAndIsAccessible(browser);
        browser.visible(By.id("minutes")).clear();
        browser.visible(By.id("minutes")).sendKeys("500");
        browser.visible(By.id("title-da")).clear();
        submit(browser, "main form[action^='" + editor + "?'] button.button-primary");
        browser.visible(By.cssSelector("main [role=alert] a[href='#title-da']"));
        NarrowScreen.assertFitsAndIsAccessible(browser);

        openQuestion(browser, editor, 2);
        NarrowScreen.assertFitsAndIsAccessible(browser);
        browser.visible(By.id("image-source")).sendKeys("/billeder/hjaelper.png");
        browser.visible(By.id("labels-0-label-da")).clear();
        submit(browser, "main form button.button-primary");
        browser.visible(By.cssSelector("main [role=alert] a[href='#image-alt-da']"));
        NarrowScreen.assertFitsAndIsAccessible(browser);

        browser.open(editor + "/vis");
        NarrowScreen.assertFitsAndIsAccessible(browser);
        browser.open(editor + "/udgiv");
        NarrowScreen.assertFitsAndIsAccessible(browser);
        browser.open(ADMIN_PAGES + "/small-" + language.code());
        NarrowScreen.assertFitsAndIsAccessible(browser);
    }

    private static void signIn(Browser browser, Language language) {
        SignInPage.open(browser, language).signInWithKeyboard(DemoStaff.ANNA);
        browser.awaitPath(DemoStaff.ANNA.startPage());
    }

    private static String createDraft(Browser browser, Language language, String id) {
        browser.open(language.address(ADMIN_PAGES));
        browser.awaitDocumentLanguage(language.code());
        Accessibility.assertNoViolations(browser);
        WebElement idField = browser.visible(By.id("standard-id"));
        idField.clear();
        idField.sendKeys(id);
        submit(browser, "main form button.button-primary");
        String editor = ADMIN_PAGES + "/" + id + "/kladde";
        browser.awaitPath(editor);
        return editor;
    }

    private static void openQuestion(Browser browser, String editor, int number) {
        browser.visible(By.cssSelector("main ol a[href='" + editor + "/spoergsmaal/" + number + "']")).click();
        browser.awaitPath(editor + "/spoergsmaal/" + number);
    }

    private static void submit(Browser browser, String button) {
        browser.visible(By.cssSelector(button)).click();
    }
}
