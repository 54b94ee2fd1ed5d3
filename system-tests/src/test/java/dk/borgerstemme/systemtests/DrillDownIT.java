package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drill-down to the questions behind a measurement point and the latest results on the staff start page, on the
 * demo data after citizens have answered the demo survey in one of the demo unit leader's units: the demo unit leader
 * (clara) and analyst (bo) see on the pages exactly the survey service's own figures, read by the same signed-in
 * browser from the service's API; the unit leader is refused another unit's figures through the page and the API;
 * every page is checked with axe in both languages and on a 320 px screen.
 */
@SystemTest
class DrillDownIT {

    private static final String START = "/o/slagelse/personale";
    private static final String POINT = "god-servicekultur";
    private static final String POINT_PAGE = "/o/slagelse/indsigt/punkt/" + POINT;
    private static final String ANOTHER_LEADERS_UNIT = "bostedet-skovly";
    private static final List<String> CLARAS_UNITS = List.of("botilbuddet-solvang", "botilbuddet-havnevej");
    /** Above the demo organisation's minimum group size of 5, so the unit's figures are shown. */
    private static final int ANSWERS = 6;

    private static String answeredUnit;

    @InBothLanguages
    void aUnitLeaderSeesTheLatestResultsOfEachOwnUnitAndTheQuestionsBehindAPointAsTheSurveyServiceHasThem(Language language, Browser browser,
                                                                                                          RunningSystem system) {
        String unit = citizensAnswerInOneOfClarasUnits(system);
        signIn(browser, language, DemoStaff.CLARA);

        long latest = latestWave(browser);
        Map<String, Object> results = StaffApi.object(browser, "/api/surveys/slagelse/waves/" + latest + "/results?by=unit&lang=" + language.code());
        reopenStartPage(browser, language);
        for (String own : CLARAS_UNITS) {
            assertStartPageTable(browser, language, own, pointsWithCell(results, own));
        }
        assertThat(browser.driver().findElements(By.cssSelector("#latest-results table[data-scope='" + ANOTHER_LEADERS_UNIT + "']"))).isEmpty();
        Accessibility.assertNoViolations(browser);

        long demoWave = demoWave(browser);
        browser.open(language.address(POINT_PAGE + "?period=wave-" + demoWave + "&unit=" + unit));
        int shown = assertQuestions(browser, language, "/api/surveys/slagelse/waves/" + demoWave + "/questions?point=" + POINT + "&unit=" + unit);
        assertThat(shown).as("questions of %s with figures", unit).isPositive();
        Accessibility.assertNoViolations(browser);

        browser.open(language.address(POINT_PAGE + "?period=wave-" + demoWave));
        assertQuestions(browser, language, "/api/surveys/slagelse/waves/" + demoWave + "/questions?point=" + POINT);
        Accessibility.assertNoViolations(browser);

        assertThat(status(browser, "/api/surveys/slagelse/waves/" + demoWave + "/questions?point=" + POINT + "&unit=" + ANOTHER_LEADERS_UNIT))
            .isEqualTo(403);
        assertThat(status(browser, "/api/surveys/slagelse/waves/" + demoWave + "/questions.csv?unit=" + ANOTHER_LEADERS_UNIT)).isEqualTo(403);
        browser.open(language.address(POINT_PAGE + "?period=wave-" + demoWave + "&unit=" + ANOTHER_LEADERS_UNIT));
        assertThat(browser.visible(By.tagName("h1")).getText())
            .isEqualTo(language.pick("Du har ikke adgang til siden", "You do not have access to this page"));
        assertThat(browser.driver().getPageSource()).doesNotContain("data-question=");
    }

    @InBothLanguages
    void anAnalystSeesTheOrganisationsLatestResultsAndFollowsAPointToItsQuestions(Language language, Browser browser, RunningSystem system) {
        citizensAnswerInOneOfClarasUnits(system);
        signIn(browser, language, DemoStaff.BO);

        long latest = latestWave(browser);
        Map<String, Object> results = StaffApi.object(browser, "/api/surveys/slagelse/waves/" + latest + "/results?by=area&lang=" + language.code());
        Map<String, Map<String, Object>> totals = new HashMap<>();
        points(results).forEach(point -> totals.put((String) point.get("point"), cast(point.get("total"))));
        reopenStartPage(browser, language);
        assertStartPageTable(browser, language, "organisation", totals);
        Accessibility.assertNoViolations(browser);

        browser.visible(By.cssSelector("#latest-results table[data-scope=organisation] tr[data-point=" + POINT + "] a")).click();
        browser.awaitPath(POINT_PAGE);
        assertThat(browser.driver().getCurrentUrl()).contains("period=wave-" + latest);
        assertQuestions(browser, language, "/api/surveys/slagelse/waves/" + latest + "/questions?point=" + POINT);
        Accessibility.assertNoViolations(browser);

        long demoWave = demoWave(browser);
        browser.open(language.address(POINT_PAGE + "?period=wave-" + demoWave));
        int shown = assertQuestions(browser, language, "/api/surveys/slagelse/waves/" + demoWave + "/questions?point=" + POINT);
        assertThat(shown).as("questions of the organisation with figures").isPositive();
        assertThat(browser.visible(By.cssSelector("#questions svg[role=img]")).getDomAttribute("aria-labelledby")).isNotBlank();
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theStartPageAndThePointPageWithItsQuestionsFitA320PixelScreen(Language language, Browser browser, RunningSystem system) {
        citizensAnswerInOneOfClarasUnits(system);
        for (DemoStaff staff : List.of(DemoStaff.CLARA, DemoStaff.BO)) {
            browser.driver().manage().deleteAllCookies();
            signIn(browser, language, staff);
            long demoWave = demoWave(browser);
            for (String path : List.of(START, POINT_PAGE + "?period=wave-" + demoWave)) {
                NarrowScreen.assertFitsAndIsAccessible(browser, language, path);
            }
        }
    }

    /**
     * The start page again, after the service's own figures were read: on a loaded test machine the first call of a
     * just-started service can take longer than the portal waits (it then says the results are missing, rightly), and
     * the page and the API should be compared at the same state anyway.
     */
    private static void reopenStartPage(Browser browser, Language language) {
        browser.open(language.address(START));
        browser.awaitDocumentLanguage(language.code());
        assertThat(browser.driver().findElements(By.cssSelector("#latest-results .borgerstemme-results-missing")))
            .as("the start page says the results are missing").isEmpty();
    }

    /** Compares each row of the start page's table for {@code scope} with the survey service's cell of that point. */
    private static void assertStartPageTable(Browser browser, Language language, String scope, Map<String, Map<String, Object>> cells) {
        String table = "#latest-results table[data-scope='" + scope + "']";
        if (cells.isEmpty()) {
            assertThat(browser.driver().findElements(By.cssSelector(table))).isEmpty();
            return;
        }
        assertThat(browser.driver().findElements(By.cssSelector(table + " tbody tr"))).hasSize(cells.size());
        cells.forEach((point, cell) -> {
            String row = table + " tr[data-point='" + point + "']";
            String value = browser.visible(By.cssSelector(row + " .latest-value")).getText();
            String n = browser.visible(By.cssSelector(row + " .latest-n")).getText();
            if (Boolean.TRUE.equals(cell.get("suppressed"))) {
                assertThat(value).as("%s of %s", point, scope).startsWith(language.pick("Skjult", "Hidden"));
                assertThat(n).isEqualTo("–");
            } else if (cell.get("sharePositive") == null) {
                assertThat(value).isEqualTo(language.pick("Ingen svar endnu.", "No answers yet."));
            } else {
                assertThat(value).as("share positive of %s in %s", point, scope).isEqualTo(percent(language, cell.get("sharePositive")));
                assertThat(n).as("n of %s in %s", point, scope).isEqualTo(String.valueOf(cell.get("n")));
            }
            assertThat(browser.visible(By.cssSelector(row + " a")).getDomAttribute("href")).startsWith("/o/slagelse/indsigt/punkt/" + point + "?period=wave-");
        });
    }

    /** Compares every question row on the open point page with the survey service's answer; returns how many had figures. */
    private static int assertQuestions(Browser browser, Language language, String api) {
        Map<String, Object> answer = StaffApi.object(browser, api + "&lang=" + language.code());
        // Read the page again after the API, for the reason given at reopenStartPage.
        browser.driver().navigate().refresh();
        browser.awaitDocumentLanguage(language.code());
        List<Map<String, Object>> questions = cast(answer.get("questions"));
        assertThat(questions).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#questions tr[data-question]"))).hasSize(questions.size());
        int withFigures = 0;
        for (Map<String, Object> question : questions) {
            String row = "#questions tr[data-question='" + question.get("key") + "']";
            assertThat(browser.visible(By.cssSelector(row + " th")).getText()).isEqualTo(question.get("text"));
            String share = browser.visible(By.cssSelector(row + " .insight-question-share")).getText();
            String n = browser.visible(By.cssSelector(row + " .insight-question-n")).getText();
            if (Boolean.TRUE.equals(question.get("suppressed"))) {
                assertThat(share).startsWith(language.pick("Skjult", "Hidden"));
                assertThat(n).isEqualTo("–");
            } else if (question.get("sharePositive") == null) {
                assertThat(n).isEqualTo("0");
            } else {
                assertThat(share).as("share positive of %s", question.get("key")).isEqualTo(percent(language, question.get("sharePositive")));
                assertThat(n).as("n of %s", question.get("key")).isEqualTo(String.valueOf(question.get("n")));
                withFigures++;
            }
        }
        return withFigures;
    }

    private static Map<String, Map<String, Object>> pointsWithCell(Map<String, Object> results, String unit) {
        Map<String, Map<String, Object>> cells = new HashMap<>();
        for (Map<String, Object> point : points(results)) {
            List<Map<String, Object>> groups = cast(point.get("groups"));
            groups.stream().filter(group -> unit.equals(group.get("group"))).findFirst().ifPresent(cell -> cells.put((String) point.get("point"), cell));
        }
        return cells;
    }

    private static List<Map<String, Object>> points(Map<String, Object> results) {
        return cast(results.get("points"));
    }

    private static String percent(Language language, Object share) {
        long whole = Math.round(((Number) share).doubleValue() * 100);
        return language.pick(whole + " %", whole + "%");
    }

    /** The wave the start page calls latest: the last to open, up to today. */
    private static long latestWave(Browser browser) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        return StaffApi.waves(browser).stream().filter(wave -> !LocalDate.parse((String) wave.get("opensOn")).isAfter(today))
            .max(Comparator.comparing((Map<String, Object> wave) -> (String) wave.get("opensOn")).thenComparingLong(DrillDownIT::id))
            .map(DrillDownIT::id).orElseThrow();
    }

    /** The wave the survey service seeds at first start, which the citizens of this class answered. */
    private static long demoWave(Browser browser) {
        return StaffApi.waves(browser).stream().mapToLong(DrillDownIT::id).min().orElseThrow();
    }

    private static long id(Map<String, Object> wave) {
        return ((Number) wave.get("id")).longValue();
    }

    /**
     * Once per run: citizens answer {@value #ANSWERS} demo invitation codes of one unit, the first unit to have that many
     * among the codes not yet handed out; the demo codes come unit by unit, and the first units are the unit leader's.
     */
    private static synchronized String citizensAnswerInOneOfClarasUnits(RunningSystem system) {
        if (answeredUnit != null) {
            return answeredUnit;
        }
        String unit;
        try (Browser citizen = Browser.launch(system.gatewayUrl())) {
            unit = CitizenSurvey.answerInOneUnit(system, citizen, ANSWERS, i -> i % 3 == 2 ? 2 : i % 2);
        }
        assertThat(CLARAS_UNITS).as("the unit whose demo codes are answered").contains(unit);
        answeredUnit = unit;
        return unit;
    }

    private static void signIn(Browser browser, Language language, DemoStaff staff) {
        SignInPage.open(browser, language).signInWithKeyboard(staff);
        browser.awaitPath(staff.startPage());
    }

    private static long status(Browser browser, String path) {
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: arguments[1]}})"
                + ".then(response => done(response.status)).catch(error => done(-1));", path, path.contains(".csv") ? "text/csv" : "application/json");
        return ((Number) status).longValue();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
