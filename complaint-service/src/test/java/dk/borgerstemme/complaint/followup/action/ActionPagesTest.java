package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.testing.SettableClock;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.borgerstemme.complaint.followup.action.ActionFixtures.ANNA;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.LEIF;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.SKOVLY;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.SOLVANG;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPagesTest implements TestPropertyProvider {

    private static final String PAGES = "/o/slagelse/klage/handlinger";
    private static final String PUBLIC = "/o/slagelse/klage/vi-gjorde";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Staff ANNA_STAFF = new Staff("anna", "Anna Andersen", "slagelse", Set.of("ADMIN"), List.of(), List.of());

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
    ActionTracking tracking;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StaffTokenTestSupport.properties());
        properties.put("borgerstemme.outbox.enabled", "false");
        properties.put("borgerstemme.retention.enabled", "false");
        return properties;
    }

    @Singleton
    @Replaces(Clock.class)
    Clock clock() {
        return new SettableClock(ActionFixtures.NOW);
    }

    private ComplaintCase closed(String unit, String learning) {
        return new ActionFixtures(catalogue, cases, tracks, deadlines).closed(unit, learning);
    }

    private Browserless signedIn(String token) {
        Browserless browser = new Browserless(server.getURI());
        browser.setCookie("BORGERSTEMME", token);
        return browser;
    }

    private static String versionOn(String html) {
        Matcher matcher = VERSION.matcher(html);
        assertThat(matcher.find()).as("a version field on the page").isTrue();
        return matcher.group(1);
    }

    private ComplaintAction action(ComplaintCase complaint, String unit, String description) {
        return tracking.create("slagelse", ANNA_STAFF, new ActionInput(complaint.getReference(), description, "Leder", "2026-10-30", unit));
    }

    @Test
    void theCreateFormFromACaseShowsItsLearningAndCreatesTheActionThenShowsIt() {
        ComplaintCase complaint = closed(SOLVANG, "Aftenmedicinen blev glemt ved vagtskifte.");
        Browserless anna = signedIn(ANNA);
        String form = PAGES + "/ny?sag=" + complaint.getReference();

        String html = anna.get(form).body();
        assertThat(html).contains("Fra sag " + complaint.getReference(), "Aftenmedicinen blev glemt ved vagtskifte.",
            "name=\"caseReference\" value=\"" + complaint.getReference() + "\"", "<option value=\"botilbuddet-solvang\" selected");

        HttpResponse<String> sent = anna.submit(form, PAGES + "/ny", Map.of("caseReference", complaint.getReference(),
            "description", "Tjek medicinlisten ved vagtskifte", "owner", "Leder af Solvang", "dueOn", "30.10.2026", "unit", SOLVANG));

        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(PAGES + "/\\d+\\?saved=created");
        String page = anna.get(location).body();
        assertThat(page).contains("Handlingen er oprettet.", "Tjek medicinlisten ved vagtskifte", "30. oktober 2026", "Leder af Solvang",
            "Botilbuddet Solvang", complaint.getReference(), "Ikke offentliggjort");
        assertThat(anna.get(PAGES).body()).contains("Tjek medicinlisten ved vagtskifte", "Åben");
        assertThat(anna.get(PAGES + "?lang=en").body()).contains("<html lang=\"en\">", "<h1>Actions after complaints</h1>", "Open");
    }

    @Test
    void aFormWithProblemsComesBackWithTheProblemsAtTheFieldsAndEverythingTyped() {
        ComplaintCase complaint = closed(SOLVANG, "Læring");
        Browserless anna = signedIn(ANNA);
        String form = PAGES + "/ny?sag=" + complaint.getReference();

        HttpResponse<String> sent = anna.submit(form, PAGES + "/ny", Map.of("caseReference", complaint.getReference(),
            "description", "Tjek <medicin> & lister", "owner", "", "dueOn", "i morgen", "unit", SOLVANG));

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("<title>Fejl: Opret handling", "Der er et problem", "href=\"#ny-owner\"", "Skriv, hvem der har ansvaret.",
            "href=\"#ny-dueOn\"", "Skriv en dato som dag.måned.år", ">Tjek &lt;medicin&gt; &amp; lister</textarea>", "value=\"i morgen\"",
            "aria-invalid=\"true\"");
    }

    @Test
    void anEditOnAStaleVersionComesBackWith409AndTheTypedTextKept() {
        ComplaintAction action = action(closed(SOLVANG, "Læring"), SOLVANG, "Oprindelig tekst");
        Browserless anna = signedIn(ANNA);
        String page = PAGES + "/" + action.getId();
        String opened = anna.get(page).body();
        String token = anna.csrfTokenOn(page);
        tracking.update("slagelse", action.getId(), ANNA_STAFF, Long.parseLong(versionOn(opened)),
            new ActionInput(null, "En andens ændring", "Leder", "2026-10-30", SOLVANG));

        HttpResponse<String> conflict = anna.post(page + "/ret?_csrf=" + token, Map.of("version", versionOn(opened),
            "description", "Min ændring & mere", "owner", "Leder", "dueOn", "30.10.2026", "unit", SOLVANG), Map.of());

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Handlingen er ændret", "En anden har ændret handlingen", ">Min ændring &amp; mere</textarea>",
            "En andens ændring");
        assertThat(versionOn(conflict.body())).isNotEqualTo(versionOn(opened));
        assertThat(anna.post(page + "/ret?_csrf=" + token, Map.of("version", versionOn(conflict.body()), "description", "Min ændring",
            "owner", "Leder", "dueOn", "30.10.2026", "unit", SOLVANG), Map.of()).statusCode()).isEqualTo(303);
    }

    @Test
    void aPublishedActionIsOnThePublicPageUnderItsUnitWithoutCaseDataAndAnUnpublishedOneIsNot() {
        ComplaintCase complaint = closed(SOLVANG, "Læring");
        ComplaintAction published = action(complaint, SOLVANG, "Intern: sag om Jens' medicin");
        ComplaintAction notPublished = action(complaint, SOLVANG, "Intern: ikke offentlig");
        Browserless anna = signedIn(ANNA);
        String page = PAGES + "/" + published.getId();
        anna.submit(page, page + "/udfoert", Map.of("version", String.valueOf(published.getVersion()), "doneOn", "15.9.2026"));
        String version = versionOn(anna.get(page).body());

        HttpResponse<String> sent = anna.submit(page, page + "/offentliggoer", Map.of("version", version,
            "publicText", "Vi tjekker nu medicinlisten ved hvert vagtskifte.", "publicTextEn", ""));
        assertThat(sent.statusCode()).isEqualTo(303);

        Browserless citizen = new Browserless(server.getURI());
        String danish = citizen.get(PUBLIC).body();
        assertThat(danish).contains("<h1>I sagde, vi gjorde</h1>", "Botilbuddet Solvang", "Vi tjekker nu medicinlisten ved hvert vagtskifte.",
            "Gennemført 15. september 2026")
            .doesNotContain(complaint.getReference(), "Intern:", "Leder", "anna");
        String english = citizen.get(PUBLIC + "?lang=en").body();
        assertThat(english).contains("<h1>You said, we did</h1>", "Done 15 September 2026",
            "<p lang=\"da\">Vi tjekker nu medicinlisten ved hvert vagtskifte.</p>");
        assertThat(citizen.get(PUBLIC + "?enhed=" + SKOVLY).body()).doesNotContain("Vi tjekker nu medicinlisten");
        assertThat(citizen.get(PUBLIC + "?enhed=" + SOLVANG).body()).contains("Vi tjekker nu medicinlisten");
        assertThat(notPublished.isPublished()).isFalse();

        anna.submit(page, page + "/tilbagetraek", Map.of("version", versionOn(anna.get(page).body())));
        assertThat(citizen.get(PUBLIC + "?lang=da&enhed=" + SOLVANG).body()).doesNotContain("Vi tjekker nu medicinlisten")
            .contains("Der er endnu ikke offentliggjort");
    }

    @Test
    void anEnglishPublicTextIsShownOnTheEnglishPage() {
        ComplaintAction action = action(closed(SKOVLY, "Læring"), SKOVLY, "Intern");
        tracking.publish("slagelse", action.getId(), ANNA_STAFF, action.getVersion(), "Vi har fået nye skemaer.", "We have new rotas.");

        String english = new Browserless(server.getURI()).get(PUBLIC + "?lang=en&enhed=" + SKOVLY).body();

        assertThat(english).contains("<p>We have new rotas.</p>", "Under way. Expected to be done 30 October 2026");
    }

    @Test
    void aUnitLeaderOfAnotherUnitGetsNotFoundForTheActionPageAndCannotPostToIt() {
        ComplaintAction action = action(closed(SOLVANG, "Læring"), SOLVANG, "Solvangs handling");
        Browserless leif = signedIn(LEIF);

        assertThat(leif.get(PAGES + "/" + action.getId()).statusCode()).isEqualTo(404);
        assertThat(leif.get(PAGES).body()).doesNotContain("Solvangs handling");
        Map<String, String> form = new LinkedHashMap<>(Map.of("version", String.valueOf(action.getVersion()), "doneOn", "17.9.2026"));
        assertThat(leif.post(PAGES + "/" + action.getId() + "/udfoert?_csrf=" + leif.csrfTokenOn(PAGES), form, Map.of()).statusCode())
            .isEqualTo(404);
        assertThat(tracking.read("slagelse", action.getId(), ANNA_STAFF).wasDone()).isFalse();
    }
}
