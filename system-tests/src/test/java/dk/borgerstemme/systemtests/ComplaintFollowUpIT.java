package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole follow-up chain on the three real services: a citizen files a complaint with an e-mail address,
 * gets the receipt by e-mail, the caseworker replies and closes the case, and the outbox then asks the survey service
 * for a "Klagebehandling" code and mails it; the code opens that survey through the gateway. In the demo
 * environment the complaint service writes its mails as {@code .eml} files, which this test reads as the
 * citizen's mail program would.
 */
@SystemTest
class ComplaintFollowUpIT {

    private static final String QUEUE = "/o/slagelse/klage/sager";
    private static final String SURVEY = "/o/slagelse/s";
    /** The outbox runs every 3 s; a mail gets ten rounds before the test gives up on it. */
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);
    /** Longer than one outbox round (3 s) plus a delivery. */
    private static final Duration ANOTHER_OUTBOX_ROUND = Duration.ofSeconds(8);
    private static final Pattern REFERENCE = Pattern.compile("K-\\d{4}-\\d{6}");
    private static final Pattern SURVEY_LINK = Pattern.compile("Gå til (\\S+)\\s+og skriv denne kode: (\\S+)");

    @Test
    void closingAComplaintMailsTheComplainantOneKlagebehandlingCodeThatOpensTheSurvey(Browser browser, RunningSystem system) {
        String address = "solvang-" + System.nanoTime() + "@example.org";
        CitizenComplaint.Receipt receipt = CitizenComplaint.about("botilbuddet-solvang", "Personalet glemte min aftensmad tre gange i sidste uge.")
            .byA("borger").from("Hanne Vestergaard", address).fileWithoutJavaScript(system);
        assertThat(receipt.reference()).matches(REFERENCE);
        Path mailDirectory = system.complaintMailDirectory();

        SentMail receiptMail = SentMail.await(mailDirectory, "the receipt of " + receipt.reference(),
            mail -> mail.text().contains(receipt.reference()) && !isSurveyMail(mail), MAIL_PATIENCE);
        assertThat(receiptMail.to()).isEqualTo(address);
        assertThat(receiptMail.subject()).contains(receipt.reference());
        assertThat(receiptMail.subject() + "\n" + receiptMail.text())
            .as("the status code is shown once, on the receipt page, and never mailed")
            .doesNotContain(receipt.statusCode())
            .doesNotContainIgnoringCase(receipt.statusCode().replace("-", ""));
        assertThat(mailsAbout(mailDirectory, receipt.reference()).stream().filter(ComplaintFollowUpIT::isSurveyMail))
            .as("no survey code before the case is closed").isEmpty();

        SignInPage.open(browser, Language.DANISH).signInWithKeyboard(DemoStaff.DAN);
        browser.awaitPath(DemoStaff.DAN.startPage());
        String casePage = QUEUE + "/" + receipt.reference();
        browser.open(casePage);
        CasePage.act(browser, "take", () -> { });
        browser.awaitPath(casePage);
        assertThat(browser.visibleText()).contains("Under behandling");
        CasePage.act(browser, "reply", () -> browser.driver().findElement(By.id("reply-body"))
            .sendKeys("Vi beklager. Der er nu altid to medarbejdere ved aftensmaden."));
        browser.awaitPath(casePage);
        assertThat(browser.visibleText()).contains("Svar til borgeren");
        CasePage.act(browser, "close", () -> {
            browser.driver().findElement(By.cssSelector("label[for='close-outcome']")).click();
            new Select(browser.driver().findElement(By.id("close-rootCause"))).selectByValue("procedure");
            browser.driver().findElement(By.id("close-learning")).sendKeys("Aftensmaden har nu altid to medarbejdere.");
            browser.driver().findElement(By.cssSelector("label[for='close-replySent']")).click();
        });
        browser.awaitPath(casePage);
        assertThat(browser.visibleText()).contains("Afsluttet", "Aftensmaden har nu altid to medarbejdere.");

        SentMail surveyMail = SentMail.await(mailDirectory, "the Klagebehandling survey code for " + receipt.reference(),
            mail -> mail.text().contains(receipt.reference()) && isSurveyMail(mail), MAIL_PATIENCE);
        assertThat(surveyMail.to()).isEqualTo(address);
        assertThat(surveyMail.subject()).contains("Hvad synes du om behandlingen af din klage", receipt.reference());
        Matcher linkAndCode = SURVEY_LINK.matcher(surveyMail.text());
        assertThat(linkAndCode.find()).as("a link and a code in: %s", surveyMail.text()).isTrue();
        URI link = URI.create(linkAndCode.group(1));
        String code = linkAndCode.group(2);
        assertThat(link.getAuthority()).as("the link goes to the installation's public address")
            .isEqualTo(system.gatewayUrl().getAuthority());
        assertThat(link.getPath()).isEqualTo(SURVEY);

        browser.driver().get(link.toString());
        assertThat(browser.visible(By.id("code")).getDomProperty("value")).as("the link fills the code in").isEqualTo(code);
        browser.visible(By.cssSelector("main button[type=submit].button-primary")).click();
        browser.awaitPath(SURVEY + "/intro");
        assertThat(browser.visibleText())
            .contains("Klagebehandling", "Du har klaget til os, og din klage er nu afsluttet.");

        sleep(ANOTHER_OUTBOX_ROUND);
        List<SentMail> all = mailsAbout(mailDirectory, receipt.reference());
        assertThat(all.stream().filter(ComplaintFollowUpIT::isSurveyMail)).as("one survey mail, however many outbox rounds pass")
            .hasSize(1);
        assertThat(all.stream().filter(mail -> !isSurveyMail(mail) && mail.subject().equals(receiptMail.subject())))
            .as("one receipt").hasSize(1);
    }

    private static boolean isSurveyMail(SentMail mail) {
        return SURVEY_LINK.matcher(mail.text()).find();
    }

    private static List<SentMail> mailsAbout(Path directory, String reference) {
        return SentMail.in(directory).stream().filter(mail -> mail.text().contains(reference) || mail.subject().contains(reference)).toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
