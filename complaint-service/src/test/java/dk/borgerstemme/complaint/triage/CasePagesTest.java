package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.handling.CaseHandling;
import dk.borgerstemme.complaint.testing.CaseFixtures;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePagesTest implements TestPropertyProvider {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Staff ANNA = new Staff("anna", "Anna Andersen", "slagelse", Set.of("ADMIN"), List.of(), List.of());

    @Inject
    EmbeddedServer server;
    @Inject
    Catalogue catalogue;
    @Inject
    ComplaintCaseRepository cases;
    @Inject
    CaseTrackRepository tracks;
    @Inject
    CaseDeadlineRepository deadlines;
    @Inject
    CaseHandling handling;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StaffTokenTestSupport.properties());
        properties.put("borgerstemme.outbox.enabled", "false");
        return properties;
    }

    private ComplaintCase file(String unit, Track... caseTracks) {
        return new CaseFixtures(catalogue, cases, tracks, deadlines)
            .complaint(unit, Channel.WEB, LocalDateTime.now().minusHours(1), Set.of(caseTracks));
    }

    private Browserless signedIn(String username, List<String> roles, List<String> units, List<String> teams) {
        Browserless browser = new Browserless(server.getURI());
        browser.setCookie("BORGERSTEMME", TestTokens.staff(username, "slagelse", roles, units, teams));
        return browser;
    }

    private Browserless dan() {
        return signedIn("dan", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));
    }

    private static String page(ComplaintCase complaint) {
        return "/o/slagelse/klage/sager/" + complaint.getReference();
    }

    private static String versionOn(String html) {
        Matcher matcher = VERSION.matcher(html);
        assertThat(matcher.find()).as("a version field on the page").isTrue();
        return matcher.group(1);
    }

    @Test
    void theQueueListsTheTeamsCasesWithTheirNearestDeadlineInWordsInBothLanguages() {
        ComplaintCase mine = file("botilbuddet-solvang", Track.CONDUCT_OR_DELIVERY);
        ComplaintCase theirs = file("bostedet-skovly", Track.CONDUCT_OR_DELIVERY);
        Browserless dan = dan();

        String danish = dan.get("/o/slagelse/klage/sager").body();
        String english = dan.get("/o/slagelse/klage/sager?lang=en").body();

        assertThat(danish).contains("<h1>Klagesager</h1>", mine.getReference(), "I tide", "Botilbuddet Solvang").doesNotContain(theirs.getReference());
        assertThat(english).contains("<html lang=\"en\">", "<h1>Complaint cases</h1>", "On time");
    }

    @Test
    void aCaseworkerOfAnotherTeamGetsNotFoundForTheCasePage() {
        ComplaintCase theirs = file("bostedet-skovly", Track.CONDUCT_OR_DELIVERY);

        HttpResponse<String> response = dan().get(page(theirs));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Siden findes ikke").doesNotContain(theirs.getWhatHappened());
    }

    @Test
    void theCasePageShowsWhatTheCitizenWroteItsDeadlinesAndAFormPerAllowedAction() {
        ComplaintCase complaint = file("botilbuddet-solvang", Track.CONDUCT_OR_DELIVERY);

        String html = dan().get(page(complaint)).body();

        assertThat(html).contains("Sag " + complaint.getReference(), complaint.getWhatHappened(), "Adfærd eller levering af hjælpen",
            "Svar borgeren", "Luk sagen", "?_csrf=").doesNotContain("Genåbn sagen");
    }

    @Test
    void aReplySentOnAStaleVersionComesBackWithTheTypedTextAndWhatTheOtherPersonChanged() {
        ComplaintCase complaint = file("botilbuddet-solvang", Track.CONDUCT_OR_DELIVERY);
        Browserless dan = dan();
        String opened = dan.get(page(complaint)).body();
        String seenVersion = versionOn(opened);
        String token = dan.csrfTokenOn(page(complaint));
        handling.note("slagelse", complaint.getReference(), ANNA, Long.parseLong(seenVersion), "Anna har ringet til bostedet.");

        HttpResponse<String> conflict = dan.post(page(complaint) + "/reply?_csrf=" + token,
            Map.of("version", seenVersion, "seenEvent", "0", "body", "Kære borger, tak for din klage & dit tålmod."), Map.of());

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body())
            .contains("En anden har ændret sagen. Din tekst er bevaret nedenfor; se, hvad der er ændret.")
            .contains("Kære borger, tak for din klage &amp; dit tålmod.")
            .contains("Skriv en intern note (anna)");
        assertThat(versionOn(conflict.body())).isNotEqualTo(seenVersion);
        assertThat(dan.post(page(complaint) + "/reply?_csrf=" + token,
            Map.of("version", versionOn(conflict.body()), "body", "Kære borger, tak for din klage."), Map.of()).statusCode()).isEqualTo(303);
    }

    @Test
    void closingWithoutItsFieldsShowsTheProblemsAtTheFieldsAndKeepsWhatWasTyped() {
        ComplaintCase complaint = file("botilbuddet-solvang", Track.CONDUCT_OR_DELIVERY);
        Browserless dan = dan();

        HttpResponse<String> response = dan.submit(page(complaint), page(complaint) + "/close",
            Map.of("version", String.valueOf(complaint.getVersion()), "learning", "Vi har talt om medicinrutinen."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
            .contains("Der er et problem", "href=\"#close-outcome\"", "Vælg resultatet.", "Vælg årsagen.", "Vælg, om borgeren har fået svar.")
            .contains(">Vi har talt om medicinrutinen.</textarea>")
            .contains("<title>Fejl: Sag ");
    }

    @Test
    void aSuccessfulActionGoesBackToTheCasePageWhereItIsInTheTimeline() {
        ComplaintCase complaint = file("botilbuddet-solvang", Track.CONDUCT_OR_DELIVERY);
        Browserless dan = dan();

        HttpResponse<String> sent = dan.submit(page(complaint), page(complaint) + "/reply",
            Map.of("version", String.valueOf(complaint.getVersion()), "body", "Vi har talt med personalet."));

        assertThat(sent.statusCode()).isEqualTo(303);
        String after = dan.get(sent.headers().firstValue("Location").orElseThrow()).body();
        assertThat(after).contains("Gemt.", "Vi har talt med personalet.", "Under behandling");
    }

    @Test
    void anIllegalActionIsRefusedWithAConflictThatSaysWhy() {
        ComplaintCase complaint = file("botilbuddet-solvang", Track.CONDUCT_OR_DELIVERY);

        HttpResponse<String> response = dan().submit(page(complaint), page(complaint) + "/reopen",
            Map.of("version", String.valueOf(complaint.getVersion()), "reason", "Uenig"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Handlingen kan ikke udføres", "Kun en afsluttet sag kan genåbnes.");
    }
}
