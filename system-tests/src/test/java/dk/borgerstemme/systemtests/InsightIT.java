package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management portal on the demo data: the measurement-point dashboard, a point's drill-down, the
 * half-year status and the start pages, for the demo analyst (bo) and unit leader (clara), checked with
 * axe in both languages and on a 320 px screen. The figures on the page are compared with the survey
 * service's own results API, read by the same signed-in browser.
 */
@SystemTest
class InsightIT {

    private static final String DASHBOARD = "/o/slagelse/indsigt";
    private static final String POINT = DASHBOARD + "/punkt/god-servicekultur";
    private static final int NARROWEST_SCREEN = 320;

    @InBothLanguages
    void anAnalystGoesFromTheStartPageToTheDashboardFiltersItAndDrillsDown(Language language, Browser browser) {
        signIn(browser, language, DemoStaff.BO);
        Accessibility.assertNoViolations(browser);

        browser.visible(By.id("link-insight")).click();
        browser.awaitPath(DASHBOARD);
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(language.pick("Indsigt i målepunkterne", "Insight into the measurement points"));
        assertThat(browser.driver().findElements(By.cssSelector("svg.insight-chart[role=img]"))).isNotEmpty();
        Accessibility.assertNoViolations(browser);

        new Select(browser.visible(By.id("unit"))).selectByValue("botilbuddet-solvang");
        browser.visible(By.cssSelector("form.insight-filters button[type=submit]")).click();
        browser.await().until(ignored -> browser.driver().getCurrentUrl().contains("unit=botilbuddet-solvang"));
        assertThat(new Select(browser.visible(By.id("unit"))).getFirstSelectedOption().getText()).isEqualTo("Botilbuddet Solvang");
        Accessibility.assertNoViolations(browser);

        browser.visible(By.cssSelector("#point-god-servicekultur a[href*='/indsigt/punkt/god-servicekultur']")).click();
        browser.awaitPath(POINT);
        assertThat(browser.visibleText()).contains(language.pick("Tilfredshed pr. område", "Satisfaction per area"));
        Accessibility.assertNoViolations(browser);

        browser.open(language.address(DASHBOARD + "/punkt/udvikling-i-antallet-af-klager"));
        Accessibility.assertNoViolations(browser);

        browser.open(DASHBOARD);
        browser.visible(By.cssSelector("a.insight-half-year-link")).click();
        browser.await().until(ignored -> browser.currentPath().startsWith(DASHBOARD + "/halvaar/"));
        assertThat(browser.visible(By.tagName("h1")).getText()).startsWith(language.pick("Halvårsstatus", "Half-year status"));
        assertThat(browser.driver().findElements(By.cssSelector("a[href$='/status.pdf']"))).hasSize(1);
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theDashboardShowsTheSurveyServicesOwnFigures(Language language, Browser browser) {
        signIn(browser, language, DemoStaff.BO);
        browser.open(language.address(DASHBOARD));
        String wave = new Select(browser.visible(By.id("period"))).getOptions().stream().map(option -> option.getDomAttribute("value"))
            .filter(value -> value.startsWith("wave-")).findFirst().orElseThrow(() -> new AssertionError("the demo wave is not offered as a period"));
        browser.open(language.address(DASHBOARD + "?period=" + wave));

        Map<String, Object> results = json(browser, "/api/surveys/slagelse/waves/" + wave.substring("wave-".length()) + "/results?by=area&lang="
            + language.code());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) results.get("points");
        assertThat(points).isNotEmpty();
        for (Map<String, Object> point : points) {
            @SuppressWarnings("unchecked")
            Map<String, Object> total = (Map<String, Object>) point.get("total");
            String shown = browser.visible(By.cssSelector("#point-" + point.get("point") + " tr[data-indicator=share-positive] .insight-value")).getText();
            if (Boolean.TRUE.equals(total.get("suppressed"))) {
                assertThat(shown).startsWith(language.pick("Skjult", "Hidden"));
            } else if (total.get("sharePositive") == null) {
                assertThat(shown).isEqualTo(language.pick("Ingen svar endnu.", "No answers yet."));
            } else {
                long percent = Math.round(((Number) total.get("sharePositive")).doubleValue() * 100);
                assertThat(shown).isEqualTo(language.pick(percent + " %", percent + "%"));
            }
        }
    }

    @InBothLanguages
    void aUnitLeaderSeesOnlyTheirTwoUnitsAndIsRefusedAnotherUnitsFigures(Language language, Browser browser) {
        signIn(browser, language, DemoStaff.CLARA);
        browser.open(language.address(DASHBOARD));

        List<String> units = new Select(browser.visible(By.id("unit"))).getOptions().stream().map(option -> option.getDomAttribute("value")).toList();
        assertThat(units).containsExactly("", "botilbuddet-solvang", "botilbuddet-havnevej");
        Accessibility.assertNoViolations(browser);

        browser.open(language.address(DASHBOARD + "?unit=bostedet-skovly"));
        assertThat(browser.visible(By.tagName("h1")).getText())
            .isEqualTo(language.pick("Du har ikke adgang til siden", "You do not have access to this page"));
        browser.open(language.address(DASHBOARD + "/halvaar/" + currentHalfYear() + "?unit=bostedet-skovly"));
        assertThat(browser.visible(By.tagName("h1")).getText())
            .isEqualTo(language.pick("Du har ikke adgang til siden", "You do not have access to this page"));
    }

    @InBothLanguages
    void everyPortalPageFitsA320PixelWideScreenAndStaysAccessible(Language language, Browser browser) {
        browser.useScreenWidth(NARROWEST_SCREEN);
        assertFits(browser, language, "/o/slagelse");
        signIn(browser, language, DemoStaff.BO);
        for (String path : List.of("/o/slagelse/personale", DASHBOARD, POINT, DASHBOARD + "/halvaar/" + currentHalfYear())) {
            assertFits(browser, language, path);
        }
    }

    @InBothLanguages
    void theCitizenStartPageIsAccessible(Language language, Browser browser) {
        browser.open(language.address("/o/slagelse"));
        browser.awaitDocumentLanguage(language.code());

        assertThat(browser.driver().findElements(By.cssSelector("a[href='/o/slagelse/klage/status']"))).hasSize(1);
        Accessibility.assertNoViolations(browser);
    }

    private static void assertFits(Browser browser, Language language, String path) {
        browser.open(language.address(path));
        browser.awaitDocumentLanguage(language.code());
        Browser.HorizontalOverflow overflow = browser.horizontalOverflow();
        assertThat(overflow.innerWidth()).isEqualTo(NARROWEST_SCREEN);
        assertThat(overflow.scrollsSideways())
            .as("%s is %d px wide on a %d px screen; sticking out: %s", path, overflow.scrollWidth(), overflow.innerWidth(), overflow.stickingOut())
            .isFalse();
        Accessibility.assertNoViolations(browser);
    }

    private static String currentHalfYear() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        return today.getYear() + "H" + (today.getMonthValue() <= 6 ? 1 : 2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Browser browser, String path) {
        Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json'}})"
                + ".then(response => response.json()).then(done).catch(error => done({error: String(error)}));", path);
        assertThat(result).isInstanceOf(Map.class);
        Map<String, Object> map = (Map<String, Object>) result;
        assertThat(map).doesNotContainKey("error");
        return map;
    }

    private static void signIn(Browser browser, Language language, DemoStaff staff) {
        SignInPage.open(browser, language).signInWithKeyboard(staff);
        browser.awaitPath(staff.startPage());
    }
}
