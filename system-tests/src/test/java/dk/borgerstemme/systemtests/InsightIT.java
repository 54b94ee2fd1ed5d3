package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management portal on the demo data: the measurement-point dashboard, a point's drill-down, the
 * half-year status and the start pages, for the demo analyst (bo) and unit leader (clara), checked with
 * axe in both languages and on a 320 px screen. The figures on the page are compared with the survey
 * service's own results API and the complaint service's figures API, read by the same signed-in browser,
 * after citizens have answered the demo survey in one unit and filed complaints about it.
 */
@SystemTest
class InsightIT {

    private static final String DASHBOARD = "/o/slagelse/indsigt";
    private static final String POINT = DASHBOARD + "/punkt/god-servicekultur";
    private static final String COMPLAINT_FORM = "/o/slagelse/klage";
    private static final String COMPLAINT_POINT = "udvikling-i-antallet-af-klager";
    /** Above the demo organisation's minimum group size of 5, so the unit's figures are shown. */
    private static final int ANSWERS = 6;
    private static final int COMPLAINTS = 5;
    private static final Duration MINIMUM_FILL_TIME = Duration.ofMillis(4500);

    /** The unit the citizens of {@link #citizensAnswerAndComplain} answered and complained about; set once per run. */
    private static String answeredUnit;

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

        Map<String, Object> results = StaffApi.object(browser, "/api/surveys/slagelse/waves/" + wave.substring("wave-".length()) + "/results?by=area&lang="
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
        NarrowScreen.assertFitsAndIsAccessible(browser, language, "/o/slagelse");
        signIn(browser, language, DemoStaff.BO);
        for (String path : List.of("/o/slagelse/personale", DASHBOARD, POINT, DASHBOARD + "/halvaar/" + currentHalfYear())) {
            NarrowScreen.assertFitsAndIsAccessible(browser, language, path);
        }
    }

    @InBothLanguages
    void theCitizenStartPageIsAccessible(Language language, Browser browser) {
        browser.open(language.address("/o/slagelse"));
        browser.awaitDocumentLanguage(language.code());

        assertThat(browser.driver().findElements(By.cssSelector("a[href='/o/slagelse/klage/status']"))).hasSize(1);
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theDashboardShowsTheSurveyServicesFiguresOfAUnitWhereCitizensAnswered(Language language, Browser browser, RunningSystem system) {
        String unit = citizensAnswerAndComplain(system);
        signIn(browser, language, DemoStaff.BO);
        long demoWave = StaffApi.waves(browser).stream().mapToLong(wave -> ((Number) wave.get("id")).longValue()).min().orElseThrow();

        browser.open(language.address(DASHBOARD + "?period=wave-" + demoWave + "&unit=" + unit));
        int shown = assertSurveyFiguresOfUnit(browser, language, demoWave, unit);

        assertThat(shown).as("points of %s with figures, each with n ≥ %d", unit, ANSWERS).isPositive();
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theHalfYearStatusShowsTheFiguresOfTheWaveThatOpenedLastInTheHalfYear(Language language, Browser browser, RunningSystem system) {
        String unit = citizensAnswerAndComplain(system);
        signIn(browser, language, DemoStaff.BO);
        List<Map<String, Object>> waves = StaffApi.waves(browser);
        Map<String, Object> demoWave = waves.stream().min(Comparator.comparingLong(wave -> ((Number) wave.get("id")).longValue())).orElseThrow();
        String halfYear = halfYearOf(LocalDate.parse((String) demoWave.get("opensOn")));
        Map<String, Object> latest = waves.stream().filter(wave -> halfYearOf(LocalDate.parse((String) wave.get("opensOn"))).equals(halfYear))
            .max(Comparator.comparing((Map<String, Object> wave) -> (String) wave.get("opensOn"))
                .thenComparingLong(wave -> ((Number) wave.get("id")).longValue()))
            .orElseThrow();

        browser.open(language.address(DASHBOARD + "/halvaar/" + halfYear + "?unit=" + unit));
        assertSurveyFiguresOfUnit(browser, language, ((Number) latest.get("id")).longValue(), unit);
        Accessibility.assertNoViolations(browser);
    }

    @InBothLanguages
    void theComplaintFiguresOnThePortalAreTheComplaintServicesOwn(Language language, Browser browser, RunningSystem system) {
        String unit = citizensAnswerAndComplain(system);
        signIn(browser, language, DemoStaff.BO);
        String halfYear = currentHalfYear();

        browser.open(language.address(DASHBOARD + "?period=" + halfYear + "&unit=" + unit));
        Map<String, Object> ofUnit = group(StaffApi.object(browser, "/api/complaints/slagelse/figures?period=" + halfYear + "&by=unit&unit=" + unit), unit);
        int complaints = complaintCount(ofUnit);
        assertThat(complaints).as("complaints about %s this half-year", unit).isGreaterThanOrEqualTo(COMPLAINTS);
        assertThat(browser.visible(By.cssSelector("#point-" + COMPLAINT_POINT + " tr[data-indicator=complaints-per-100] .insight-value")).getText())
            .endsWith("(" + complaints + " " + language.pick("klager", "complaints") + ")");
        assertThat(browser.visible(By.cssSelector("#point-" + COMPLAINT_POINT + " tr[data-indicator=complaints-per-100] td:last-child")).getText())
            .isEqualTo(String.valueOf(complaints));

        browser.open(language.address(DASHBOARD + "/halvaar/" + halfYear));
        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) StaffApi.object(browser, "/api/complaints/slagelse/figures?period=" + halfYear + "&by=area").get("total");
        assertThat(browser.visible(By.cssSelector(".insight-summary")).getText())
            .contains(language.pick("I perioden kom der " + complaintCount(total) + " klager", "In the period there were " + complaintCount(total) + " complaints"));
        Accessibility.assertNoViolations(browser);
    }

    /**
     * Compares every point's share positive and n for {@code unit} on the open page with the survey service's results
     * of {@code wave}; returns how many points had figures.
     */
    private static int assertSurveyFiguresOfUnit(Browser browser, Language language, long wave, String unit) {
        Map<String, Object> results = StaffApi.object(browser, "/api/surveys/slagelse/waves/" + wave + "/results?by=unit&unit=" + unit + "&lang=" + language.code());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) results.get("points");
        assertThat(points).isNotEmpty();
        int withFigures = 0;
        for (Map<String, Object> point : points) {
            Map<String, Object> cell = group(point, unit);
            String row = "#point-" + point.get("point") + " tr[data-indicator=share-positive]";
            String shown = browser.visible(By.cssSelector(row + " .insight-value")).getText();
            String n = browser.visible(By.cssSelector(row + " td:last-child")).getText();
            if (Boolean.TRUE.equals(cell.get("suppressed"))) {
                assertThat(shown).as("%s", point.get("point")).startsWith(language.pick("Skjult", "Hidden"));
            } else if (cell.get("sharePositive") == null) {
                assertThat(shown).as("%s", point.get("point")).isEqualTo(language.pick("Ingen svar endnu.", "No answers yet."));
            } else {
                long percent = Math.round(((Number) cell.get("sharePositive")).doubleValue() * 100);
                assertThat(shown).as("share positive of %s", point.get("point")).isEqualTo(language.pick(percent + " %", percent + "%"));
                assertThat(n).as("n of %s", point.get("point")).isEqualTo(String.valueOf(cell.get("n")));
                if (((Number) cell.get("n")).intValue() >= ANSWERS) {
                    withFigures++;
                }
            }
        }
        return withFigures;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> answer, String id) {
        return ((List<Map<String, Object>>) answer.get("groups")).stream().filter(group -> id.equals(group.get("group"))).findFirst()
            .orElseThrow(() -> new AssertionError("no group " + id + " in " + answer));
    }

    @SuppressWarnings("unchecked")
    private static int complaintCount(Map<String, Object> group) {
        assertThat(group.get("suppressed")).as("complaint figures of %s suppressed", group.get("group")).isEqualTo(false);
        return ((Number) ((Map<String, Object>) group.get("counts")).get("complaints")).intValue();
    }

    /**
     * Once per run: citizens answer {@value #ANSWERS} demo invitation codes of one unit (on the one-page form, most
     * choosing the first answer, some the second) and file {@value #COMPLAINTS} complaints about that unit.
     */
    private static synchronized String citizensAnswerAndComplain(RunningSystem system) {
        if (answeredUnit != null) {
            return answeredUnit;
        }
        String unit;
        try (Browser citizen = Browser.launch(system.gatewayUrl())) {
            unit = CitizenSurvey.answerInOneUnit(system, citizen, ANSWERS, i -> i % 3 == 2 ? 1 : 0);
            for (int i = 0; i < COMPLAINTS; i++) {
                CitizenComplaint.about(unit, "Min aftale blev flyttet uden besked.").byA("borger").withoutCategory()
                    .wishing("At I ringer næste gang.").fileIn(citizen);
            }
        }
        answeredUnit = unit;
        return unit;
    }

    private static String halfYearOf(LocalDate day) {
        return day.getYear() + "H" + (day.getMonthValue() <= 6 ? 1 : 2);
    }

    private static String currentHalfYear() {
        return halfYearOf(LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")));
    }

    private static void signIn(Browser browser, Language language, DemoStaff staff) {
        SignInPage.open(browser, language).signInWithKeyboard(staff);
        browser.awaitPath(staff.startPage());
    }
}
