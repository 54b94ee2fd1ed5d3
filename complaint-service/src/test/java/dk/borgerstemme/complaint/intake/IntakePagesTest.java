package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseMessage;
import dk.borgerstemme.complaint.casefile.CaseMessageRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.MessageKind;
import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.platform.testing.UsesTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakePagesTest implements UsesTestDatabase {

    private static final String FORM = "/o/slagelse/klage";
    private static final String STATUS = "/o/slagelse/klage/status";
    private static final Pattern HIDDEN = Pattern.compile("name=\"(indsendelse|tid)\" value=\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("K-2026-\\d{6}");
    private static final Pattern CODE = Pattern.compile("class=\"borgerstemme-status-code\">([A-Z0-9]{5}-[A-Z0-9]{5})<");

    private final MutableClock clock = new MutableClock(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant());

    @Inject
    EmbeddedServer server;

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    CaseMessageRepository messages;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void theFormWorksWithoutJavaScriptAndExplainsTheDecisionPath() {
        HttpResponse<String> page = citizen().get(FORM);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .contains("<h1>Klage, ros eller forslag</h1>")
            .contains("action=\"/o/slagelse/klage?_csrf=")
            .contains("<optgroup label=\"Socialpsykiatrien\">")
            .contains("value=\"ved-ikke\"")
            .contains("Du kan skrive op til 4000 tegn.")
            .contains("inden for 4 uger").contains("Ankestyrelsen")
            .contains("class=\"borgerstemme-honeypot\"");
    }

    @Test
    void missingAnswersComeBackTiedToTheirFieldsWithASummaryAndEverythingTypedKept() {
        Browserless citizen = citizen();
        Map<String, String> form = filledForm(citizen);
        form.remove("art");
        form.put("hvad", "");
        form.put("kontakt", "kontakt");
        form.put("navn", "Ærlige Åse <Østergaard>");
        form.put("kanal", "email");
        clock.advance(Duration.ofSeconds(30));
        long before = cases.count();

        HttpResponse<String> again = citizen.post(FORM + "?_csrf=" + citizen.csrfTokenOn(FORM), form, Map.of());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body())
            .contains("<title>Fejl: Klage, ros eller forslag</title>")
            .contains("href=\"#art-klage\"").contains("href=\"#hvad\"").contains("href=\"#email\"")
            .contains("id=\"hvad-error\"")
            .contains("value=\"Ærlige Åse &lt;Østergaard&gt;\"")
            .contains("value=\"enhed:botilbuddet-solvang\" selected")
            .contains("Skriv din e-mailadresse, hvis du vil have svar på e-mail");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aFormSentTooFastComesBackWithANeutralMessageAndNothingLost() {
        Browserless citizen = citizen();
        Map<String, String> form = filledForm(citizen);
        clock.advance(Duration.ofSeconds(1));

        HttpResponse<String> again = citizen.post(FORM + "?_csrf=" + citizen.csrfTokenOn(FORM), form, Map.of());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Formularen blev ikke sendt").contains("Personalet råbte ad mig").doesNotContain("K-2026-");
        clock.advance(Duration.ofSeconds(10));
        Map<String, String> resent = new HashMap<>(form);
        resent.put("tid", hidden(again.body(), "tid"));
        assertThat(citizen.post(FORM + "?_csrf=" + citizen.csrfTokenOn(FORM), resent, Map.of()).body()).containsPattern(REFERENCE);
    }

    @Test
    void aFormWithTheHiddenFieldFilledIsNotReceived() {
        Browserless bot = citizen();
        Map<String, String> form = filledForm(bot);
        form.put("hjemmeside", "http://spam.example");
        clock.advance(Duration.ofSeconds(30));
        long before = cases.count();

        HttpResponse<String> again = bot.post(FORM + "?_csrf=" + bot.csrfTokenOn(FORM), form, Map.of());

        assertThat(again.body()).contains("Formularen blev ikke sendt").contains("Personalet råbte ad mig").doesNotContain("spam.example");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aCitizenGetsAReceiptOnceAndLooksUpTheStatusWithReferenceAndCode() {
        Browserless citizen = citizen();
        Map<String, String> form = filledForm(citizen);
        clock.advance(Duration.ofSeconds(30));
        String action = FORM + "?_csrf=" + citizen.csrfTokenOn(FORM);

        HttpResponse<String> receipt = citizen.post(action, form, Map.of());
        HttpResponse<String> doubleClick = citizen.post(action, form, Map.of());

        assertThat(receipt.body()).contains("Tak for din klage").contains("Du får svar senest 16. marts 2026");
        String reference = find(REFERENCE, receipt.body());
        String code = group(CODE, receipt.body());
        assertThat(find(REFERENCE, doubleClick.body())).isEqualTo(reference);
        assertThat(group(CODE, doubleClick.body())).isEqualTo(code);
        assertThat(doubleClick.body()).contains("Den er kun registreret én gang");

        long id = cases.findByOrganisationAndReference("slagelse", reference).orElseThrow().getId();
        messages.save(new CaseMessage(null, id, MessageKind.PUBLIC_REPLY, "Vi har talt med personalet.", "Dan", LocalDateTime.of(2026, 3, 5, 9, 0)));
        messages.save(new CaseMessage(null, id, MessageKind.INTERNAL_NOTE, "Intern: ring til lederen", "Dan", LocalDateTime.of(2026, 3, 5, 9, 1)));
        clock.advance(Duration.ofDays(13));

        HttpResponse<String> status = citizen.post(STATUS + "?_csrf=" + citizen.csrfTokenOn(STATUS),
            Map.of("sagsnummer", reference.toLowerCase(), "statuskode", code.toLowerCase().replace("-", " ")), Map.of());

        assertThat(status.body())
            .contains("Sag " + reference)
            .contains("Modtaget")
            .contains("Svar senest 16. marts 2026")
            .contains("(fristen er snart)")
            .contains("Vi har talt med personalet.")
            .doesNotContain("Intern: ring til lederen");
        assertThat(citizen.get(STATUS).body()).doesNotContain(code);
    }

    @Test
    void aWrongCodeAndAnUnknownReferenceGetTheSameNeutralAnswer() {
        Browserless citizen = citizen();
        Map<String, String> form = filledForm(citizen);
        clock.advance(Duration.ofSeconds(30));
        String reference = find(REFERENCE, citizen.post(FORM + "?_csrf=" + citizen.csrfTokenOn(FORM), form, Map.of()).body());

        String wrongCode = lookUp(citizen, reference, "AAAAA-AAAAA");
        String unknownReference = lookUp(citizen, "K-2026-999999", "AAAAA-AAAAA");

        assertThat(wrongCode).contains("Vi kunne ikke finde sagen").doesNotContain("Sag " + reference);
        assertThat(strip(wrongCode, reference)).isEqualTo(strip(unknownReference, "K-2026-999999"));
    }

    @Test
    void manyWrongCodesForOneReferenceAreStopped() {
        Browserless citizen = citizen();
        for (int i = 0; i < LookupThrottle.FAILURES_ALLOWED; i++) {
            assertThat(lookUp(citizen, "K-2026-555555", "AAAAA-AAAA" + "CDEFHJKMNP".charAt(i))).contains("Vi kunne ikke finde sagen");
        }
        assertThat(lookUp(citizen, "K-2026-555555", "AAAAA-AAAAA")).contains("For mange forsøg");
        clock.advance(LookupThrottle.WINDOW.plusMinutes(1));
        assertThat(lookUp(citizen, "K-2026-555555", "AAAAA-AAAAA")).contains("Vi kunne ikke finde sagen");
    }

    @Test
    void theStaffRegistrationPageNeedsASignedInCaseworker() {
        HttpResponse<String> anonymous = citizen().get("/o/slagelse/klage/sager/ny");

        assertThat(anonymous.statusCode()).isIn(401, 303, 302, 403);
    }

    private String lookUp(Browserless citizen, String reference, String code) {
        return citizen.post(STATUS + "?_csrf=" + citizen.csrfTokenOn(STATUS), Map.of("sagsnummer", reference, "statuskode", code), Map.of()).body();
    }

    private static String strip(String page, String reference) {
        return page.replace(reference, "").replaceAll("_csrf=[A-Za-z0-9_-]+", "");
    }

    private Map<String, String> filledForm(Browserless citizen) {
        String page = citizen.get(FORM).body();
        Map<String, String> form = new HashMap<>();
        form.put("indsendelse", hidden(page, "indsendelse"));
        form.put("tid", hidden(page, "tid"));
        form.put("hjemmeside", "");
        form.put("art", "klage");
        form.put("rolle", "borger");
        form.put("sted", "enhed:botilbuddet-solvang");
        form.put("kategori", "medarbejderes-adfaerd");
        form.put("hvad", "Personalet råbte ad mig ved aftensmaden.");
        form.put("oenske", "En undskyldning.");
        form.put("afgoerelse", "nej");
        form.put("kontakt", "anonym");
        return form;
    }

    private static String hidden(String page, String name) {
        Matcher matcher = HIDDEN.matcher(page);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        throw new AssertionError("no hidden field " + name);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group();
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    private Browserless citizen() {
        return new Browserless(server.getURI());
    }
}
