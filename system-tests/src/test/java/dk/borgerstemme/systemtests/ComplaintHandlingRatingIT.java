package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complainants' own rating of the complaint handling, end to end on the three real services: five complaints with
 * e-mail addresses are filed and closed, each complainant answers the "Klagebehandling" survey with the code mailed
 * to them, and the analyst's half-year status shows the rating survey-service figures for the half-year (asked here
 * over its internal API, as the complaint service asks), in Danish and English, with no accessibility violations.
 */
@SystemTest
class ComplaintHandlingRatingIT {

    private static final String QUEUE = "/o/slagelse/klage/sager";
    private static final String SURVEY = "/o/slagelse/s";
    /** The demo organisations' minimum group size: fewer respondents and the rating is hidden. */
    private static final int COMPLAINANTS = 5;
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(45);
    private static final Pattern REFERENCE = Pattern.compile("K-\\d{4}-\\d{6}");
    private static final Pattern SURVEY_LINK = Pattern.compile("Gå til (\\S+)\\s+og skriv denne kode: (\\S+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\":\\{\"group\":\"total\",\"suppressed\":false,\"n\":(\\d+),"
        + "\"sharePositive\":([0-9.Ee-]+),\"wilsonLower\":([0-9.Ee-]+),\"wilsonUpper\":([0-9.Ee-]+)");
    /** What the demo environment uses when no internal secret is configured (platform InternalSecrets). */
    private static final String DEVELOPMENT_SECRET = "borgerstemme-development-only-internal-secret";

    @Test
    void complainantsRateTheHandlingWithTheirMailedCodesAndTheHalfYearStatusShowsSurveyServicesFigure(Browser browser, RunningSystem system)
        throws Exception {
        List<String> references = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < COMPLAINANTS; i++) {
            String address = "rating-" + i + "-" + System.nanoTime() + "@example.org";
            addresses.add(address);
            CitizenComplaint.Receipt receipt = CitizenComplaint.about("botilbuddet-solvang", "Min aftale blev flyttet uden besked.")
                .byA("borger").from("Jens Jensen", address).fileWithoutJavaScript(system);
            assertThat(receipt.reference()).matches(REFERENCE);
            references.add(receipt.reference());
        }

        SignInPage.open(browser, Language.DANISH).signInWithKeyboard(DemoStaff.DAN);
        browser.awaitPath(DemoStaff.DAN.startPage());
        for (String reference : references) {
            close(browser, reference);
        }

        Path mails = system.complaintMailDirectory();
        for (int i = 0; i < COMPLAINANTS; i++) {
            String reference = references.get(i);
            SentMail surveyMail = SentMail.await(mails, "the Klagebehandling code for " + reference,
                mail -> mail.text().contains(reference) && SURVEY_LINK.matcher(mail.text()).find(), MAIL_PATIENCE);
            assertThat(surveyMail.to()).isEqualTo(addresses.get(i));
            Matcher linkAndCode = SURVEY_LINK.matcher(surveyMail.text());
            assertThat(linkAndCode.find()).isTrue();
            // Four complainants are content with the handling, one is not.
            answerKlagebehandling(system, linkAndCode.group(2), i < 4 ? "5" : "2");
        }

        LocalDate today = LocalDate.now();
        String halfYear = today.getYear() + "H" + (today.getMonthValue() <= 6 ? 1 : 2);
        String internal = internalRating(system, halfYear);
        Matcher total = TOTAL.matcher(internal);
        assertThat(total.find()).as("survey-service shows the organisation's rating: %s", internal).isTrue();
        int n = Integer.parseInt(total.group(1));
        assertThat(n).as("every complainant who answered, counted once").isGreaterThanOrEqualTo(COMPLAINANTS);
        double share = Double.parseDouble(total.group(2));
        double lower = Double.parseDouble(total.group(3));
        double upper = Double.parseDouble(total.group(4));
        if (n == COMPLAINANTS) {
            assertThat(share).isEqualTo(0.8);
        }

        try (Browser analyst = Browser.launch(system.gatewayUrl())) {
            SignInPage.open(analyst, Language.DANISH).signInWithKeyboard(DemoStaff.BO);
            analyst.awaitPath(DemoStaff.BO.startPage());
            for (Language language : Language.values()) {
                analyst.open(language.address("/o/slagelse/indsigt/halvaar/" + halfYear));
                analyst.awaitDocumentLanguage(language.code());
                WebElement table = analyst.visible(By.cssSelector("table[data-table='complaints-rating']"));
                List<String> totalRow = table.findElements(By.cssSelector("tbody tr")).get(0).findElements(By.cssSelector("th, td")).stream()
                    .map(cell -> cell.getText().strip()).toList();
                assertThat(totalRow).as("the half-year status %s shows survey-service's figure", language)
                    .containsExactly(language.pick("I alt", "Total"), percent(share, language),
                        percent(lower, language) + "–" + percent(upper, language), String.valueOf(n));
                assertThat(analyst.visibleText()).contains(language.pick("Klagernes vurdering af klagebehandlingen",
                    "The complainants’ rating of the complaint handling"));
                Accessibility.assertNoViolations(analyst);
            }
        }
    }

    private static String percent(double share, Language language) {
        long whole = Math.round(share * 100);
        return language == Language.DANISH ? whole + " %" : whole + "%";
    }

    /** survey-service's own figure, asked for as the complaint service asks: over the internal API with the service credential. */
    private static String internalRating(RunningSystem system, String halfYear) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(system.surveyService().url().resolve("/internal/surveys/slagelse/complaint-handling/" + halfYear))
            .header("Authorization", "Bearer complaint-service:" + DEVELOPMENT_SECRET).timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** A complainant answers every scored question of the Klagebehandling survey with {@code step}, all on one page. */
    private static void answerKlagebehandling(RunningSystem system, String code, String step) {
        try (Browser citizen = Browser.launchWithoutJavaScript(system.gatewayUrl())) {
            citizen.open(SURVEY);
            citizen.visible(By.id("code")).sendKeys(code);
            citizen.visible(By.cssSelector("main button[type=submit].button-primary")).click();
            citizen.awaitPath(SURVEY + "/intro");
            assertThat(citizen.visibleText()).contains("Klagebehandling");
            citizen.visible(By.cssSelector("main .borgerstemme-option label")).click();
            citizen.visible(By.cssSelector("main button[name=gaa][value=alle]")).click();
            citizen.awaitPath(SURVEY + "/alle");
            List<WebElement> chosen = citizen.driver().findElements(By.cssSelector("main input.form-radio[value='" + step + "']"));
            assertThat(chosen).as("one answer of %s per scored question", step).hasSize(5);
            for (WebElement input : chosen) {
                citizen.driver().findElement(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")).click();
            }
            citizen.visible(By.cssSelector("main form button[type=submit].button-primary")).click();
            citizen.awaitPath(SURVEY + "/tjek");
            citizen.visible(By.cssSelector("main form button[type=submit]")).click();
            citizen.awaitPath(SURVEY + "/tak");
        }
    }

    /** The caseworker takes the case, replies and closes it with the follow-up fields. */
    private static void close(Browser browser, String reference) {
        String casePage = QUEUE + "/" + reference;
        browser.open(casePage);
        CasePage.act(browser, "take", () -> { });
        browser.awaitPath(casePage);
        CasePage.act(browser, "reply", () -> browser.driver().findElement(By.id("reply-body")).sendKeys("Tak for din klage. Vi har talt med personalet."));
        browser.awaitPath(casePage);
        CasePage.act(browser, "close", () -> {
            browser.driver().findElement(By.cssSelector("label[for='close-outcome']")).click();
            new Select(browser.driver().findElement(By.id("close-rootCause"))).selectByValue("procedure");
            browser.driver().findElement(By.id("close-learning")).sendKeys("Vi har gennemgået rutinen med personalet.");
            browser.driver().findElement(By.cssSelector("label[for='close-replySent']")).click();
        });
        browser.awaitPath(casePage);
        assertThat(browser.visibleText()).contains("Afsluttet");
    }
}
