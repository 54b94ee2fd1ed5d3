package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffRegistrationTest implements TestPropertyProvider {

    private static final String PAGE = "/o/slagelse/klage/sager/ny";
    private static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"indsendelse\" value=\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("K-2026-\\d{6}");

    // Wednesday 1 April 2026, the day before Maundy Thursday: Easter closes Thursday, Friday and Monday.
    private final MutableClock clock = new MutableClock(ZonedDateTime.of(2026, 4, 1, 10, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant());

    @Inject
    EmbeddedServer server;

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    CaseDeadlineRepository deadlines;

    @Inject
    CaseEventRepository events;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StaffTokenTestSupport.properties());
        properties.put("borgerstemme.outbox.enabled", "false");
        return properties;
    }

    @Test
    void aCaseworkerRegistersAPhoneCallAndTheAcknowledgementClockRunsInWorkingDaysOverEaster() {
        Browserless caseworker = signedIn(TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien")));
        String form = caseworker.get(PAGE).body();
        assertThat(form).contains("Hvordan kom henvendelsen?").contains("value=\"2026-04-01\"");

        HttpResponse<String> receipt = caseworker.post(PAGE + "?_csrf=" + caseworker.csrfTokenOn(PAGE), phoneCall(form), Map.of());

        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body())
            .contains("Giv borgeren sagsnummeret og statuskoden")
            // Two working days after Wednesday 1 April 2026: Thursday, Friday and Monday are Easter holidays.
            .contains("Vi bekræfter, at vi har modtaget sagen, senest 8. april 2026.");
        ComplaintCase complaint = cases.findByOrganisationAndReference("slagelse", find(REFERENCE, receipt.body())).orElseThrow();
        assertThat(complaint.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(complaint.getRegisteredBy()).isEqualTo("dan");
        assertThat(complaint.getReceivedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(deadlines.findByCaseIdAndKind(complaint.getId(), DeadlineKind.ACKNOWLEDGEMENT).orElseThrow())
            .satisfies(acknowledgement -> {
                assertThat(acknowledgement.isMet()).as("not met until someone acknowledges it").isFalse();
                assertThat(acknowledgement.dueOn()).isEqualTo(LocalDate.of(2026, 4, 8));
            });
        assertThat(events.findByCaseIdOrderById(complaint.getId())).extracting(CaseEvent::action, CaseEvent::actor)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("RECEIVED", "dan"));
    }

    @Test
    void aLetterReceivedLastWeekStartsItsClocksOnTheDayItArrived() {
        Browserless caseworker = signedIn(TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien")));
        Map<String, String> letter = phoneCall(caseworker.get(PAGE).body());
        letter.put("modtaget-via", "brev");
        letter.put("modtaget-dato", "2026-03-26");

        String receipt = caseworker.post(PAGE + "?_csrf=" + caseworker.csrfTokenOn(PAGE), letter, Map.of()).body();

        ComplaintCase complaint = cases.findByOrganisationAndReference("slagelse", find(REFERENCE, receipt)).orElseThrow();
        assertThat(complaint.getChannel()).isEqualTo(Channel.LETTER);
        assertThat(complaint.getReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 26));
        // Thursday 26 March + 2 working days = Monday 30 March, already past: the queue shows it as overdue.
        assertThat(deadlines.findByCaseIdAndKind(complaint.getId(), DeadlineKind.ACKNOWLEDGEMENT).orElseThrow().dueOn())
            .isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void aRegistrationWithoutChannelOrDayComesBackWithBothErrorsAndNothingLost() {
        Browserless caseworker = signedIn(TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien")));
        Map<String, String> incomplete = phoneCall(caseworker.get(PAGE).body());
        incomplete.remove("modtaget-via");
        incomplete.put("modtaget-dato", "2026-04-09");
        long before = cases.count();

        HttpResponse<String> again = caseworker.post(PAGE + "?_csrf=" + caseworker.csrfTokenOn(PAGE), incomplete, Map.of());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("id=\"modtaget-via-error\"").contains("id=\"modtaget-dato-error\"")
            .contains("Borgeren ringede om maden på Solvang.");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void nobodyRegistersACaseWithoutSigningInAndAnAnalystMayNot() {
        Browserless citizen = new Browserless(server.getURI());
        long before = cases.count();

        assertThat(citizen.get(PAGE).statusCode()).isIn(401, 303);
        String csrf = citizen.csrfTokenOn("/o/slagelse/klage");
        assertThat(citizen.post(PAGE + "?_csrf=" + csrf, Map.of("hvad", "x"), Map.of()).statusCode()).isIn(401, 303);
        Browserless analyst = signedIn(TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of()));
        assertThat(analyst.get(PAGE).statusCode()).isEqualTo(403);
        Browserless otherOrganisation = signedIn(TestTokens.staff("eva", "midtjylland", List.of("CASEWORKER"), List.of(), List.of()));
        assertThat(otherOrganisation.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(cases.count()).isEqualTo(before);
    }

    private Browserless signedIn(String token) {
        Browserless staff = new Browserless(server.getURI());
        staff.setCookie("BORGERSTEMME", token);
        return staff;
    }

    private static Map<String, String> phoneCall(String page) {
        Matcher key = SUBMISSION_KEY.matcher(page);
        assertThat(key.find()).isTrue();
        Map<String, String> form = new HashMap<>();
        form.put("indsendelse", key.group(1));
        form.put("modtaget-via", "telefon");
        form.put("modtaget-dato", "2026-04-01");
        form.put("art", "klage");
        form.put("rolle", "borger");
        form.put("sted", "enhed:botilbuddet-solvang");
        form.put("kategori", "medarbejderes-adfaerd");
        form.put("hvad", "Borgeren ringede om maden på Solvang.");
        form.put("afgoerelse", "nej");
        form.put("kontakt", "kontakt");
        form.put("navn", "Bent Holm");
        form.put("telefon", "12345678");
        form.put("kanal", "telefon");
        return form;
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group();
    }
}
