package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.testing.SettableClock;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.borgerstemme.complaint.followup.action.ActionFixtures.ANNA;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.BO;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.CLARA;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.DAN;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.EVA;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.HANNE;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.LEIF;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.SKOVLY;
import static dk.borgerstemme.complaint.followup.action.ActionFixtures.SOLVANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionsApiTest implements TestPropertyProvider {

    private static final String ACTIONS = "/api/complaints/slagelse/actions";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Catalogue catalogue;
    @Inject
    ComplaintCaseRepository cases;
    @Inject
    CaseTrackRepository tracks;
    @Inject
    CaseDeadlineRepository deadlines;
    @Inject
    CaseEventRepository events;

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

    private ActionFixtures fixtures() {
        return new ActionFixtures(catalogue, cases, tracks, deadlines);
    }

    @Test
    void anActionFromAClosedCaseIsChangedDoneAndPublishedAndEachStepIsInTheCasesAuditTrail() {
        ComplaintCase complaint = fixtures().closed(SOLVANG, "Aftenmedicinen blev glemt ved vagtskifte.");

        HttpResponse<Map<String, Object>> created = exchange(HttpRequest.POST(ACTIONS, Map.of("caseReference", complaint.getReference(),
            "description", "Fast tjek af medicinlisten ved hvert vagtskifte", "owner", "Leder af Solvang", "dueOn", "30.10.2026",
            "unit", SOLVANG)).bearerAuth(ANNA));

        assertThat(created.code()).isEqualTo(201);
        Map<String, Object> action = created.body();
        long id = ((Number) action.get("id")).longValue();
        assertThat(created.getHeaders().get("Location")).isEqualTo(ACTIONS + "/" + id);
        assertThat(action).containsEntry("caseReference", complaint.getReference()).containsEntry("state", "OPEN")
            .containsEntry("stateText", "Åben").containsEntry("dueOn", "2026-10-30").containsEntry("unitName", "Botilbuddet Solvang")
            .containsEntry("published", false);

        Map<String, Object> changed = ok(HttpRequest.PUT(ACTIONS + "/" + id, Map.of("version", action.get("version"),
            "description", "Fast tjek af medicinlisten ved hvert vagtskifte, også i weekenden", "owner", "Leder af Solvang",
            "dueOn", "2026-11-13", "unit", SOLVANG)).bearerAuth(CLARA));
        assertThat(changed).containsEntry("dueOn", "2026-11-13");

        Map<String, Object> done = ok(HttpRequest.POST(ACTIONS + "/" + id + "/done",
            Map.of("version", changed.get("version"), "doneOn", "2026-09-16")).bearerAuth(DAN));
        assertThat(done).containsEntry("state", "DONE").containsEntry("doneOn", "2026-09-16").containsEntry("stateText", "Udført 16. september 2026");

        Map<String, Object> published = ok(HttpRequest.POST(ACTIONS + "/" + id + "/publish", Map.of("version", done.get("version"),
            "publicText", "Personalet tjekker nu medicinlisten ved hvert vagtskifte.")).bearerAuth(ANNA));
        assertThat(published).containsEntry("published", true).containsEntry("publishedOn", "2026-09-17");

        List<CaseEvent> trail = events.findByCaseIdOrderById(complaint.getId());
        assertThat(trail).extracting(CaseEvent::action)
            .containsExactly(ActionTracking.CREATED, ActionTracking.CHANGED, ActionTracking.DONE, ActionTracking.PUBLISHED);
        assertThat(trail).extracting(CaseEvent::actor).containsExactly("anna", "clara", "dan", "anna");
        assertThat(trail.get(1).beforeJson()).contains("\"action.dueOn\":\"2026-10-30\"").doesNotContain("action.owner");
        assertThat(trail.get(1).afterJson()).contains("\"action.dueOn\":\"2026-11-13\"", "\"action.number\":" + id);
        assertThat(trail.get(2).afterJson()).contains("\"action.doneOn\":\"2026-09-16\"");

        assertThat(ok(HttpRequest.GET(ACTIONS + "/" + id).bearerAuth(ANNA))).containsEntry("version", published.get("version"));
    }

    @Test
    void aChangeSentOnAStaleVersionIsRefusedWith409AndChangesNothing() {
        Map<String, Object> action = create(ANNA, fixtures().closed(SOLVANG, "Læring"), SOLVANG);
        long id = ((Number) action.get("id")).longValue();
        ok(HttpRequest.PUT(ACTIONS + "/" + id, change(action, "Første ændring")).bearerAuth(ANNA));

        HttpClientResponseException conflict = refused(HttpRequest.PUT(ACTIONS + "/" + id, change(action, "Anden ændring")).bearerAuth(DAN));

        assertThat(conflict.getStatus().getCode()).isEqualTo(409);
        assertThat(conflict.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(conflict.getResponse().getBody(Map.class).orElseThrow().get("detail").toString()).contains("En anden har ændret handlingen");
        assertThat(ok(HttpRequest.GET(ACTIONS + "/" + id).bearerAuth(ANNA))).containsEntry("description", "Første ændring");
        assertThat(refused(HttpRequest.POST(ACTIONS + "/" + id + "/done", Map.of("version", action.get("version"), "doneOn", "2026-09-17"))
            .bearerAuth(ANNA)).getStatus().getCode()).isEqualTo(409);
    }

    @Test
    void aUnitLeaderOfOtherUnitsCanNeitherReadNorChangeNorCreateTheActionsOfSolvang() {
        ComplaintCase solvangCase = fixtures().closed(SOLVANG, "Læring");
        Map<String, Object> action = create(ANNA, solvangCase, SOLVANG);
        String path = ACTIONS + "/" + action.get("id");

        assertThat(status(HttpRequest.GET(path).bearerAuth(LEIF))).isEqualTo(404);
        assertThat(status(HttpRequest.PUT(path, change(action, "Leifs tekst")).bearerAuth(LEIF))).isEqualTo(404);
        assertThat(list(LEIF, "?status=all")).extracting(row -> row.get("id")).doesNotContain(action.get("id"));
        HttpClientResponseException fromSolvangCase = refused(HttpRequest.POST(ACTIONS, body(solvangCase, SKOVLY)).bearerAuth(LEIF));
        assertThat(fromSolvangCase.getStatus().getCode()).isEqualTo(422);
        assertThat(fromSolvangCase.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"caseReference\"");

        assertThat(status(HttpRequest.GET(path).bearerAuth(CLARA))).isEqualTo(200);
        HttpClientResponseException otherUnit = refused(HttpRequest.POST(ACTIONS, body(solvangCase, SKOVLY)).bearerAuth(CLARA));
        assertThat(otherUnit.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"unit\"", "Vælg en af dine egne enheder.");
        assertThat(ok(HttpRequest.GET(ACTIONS + "/" + action.get("id")).bearerAuth(ANNA))).containsEntry("description", "Fast tjek");
    }

    @Test
    void aCaseworkerOfAnotherTeamCanNeitherReadNorChangeNorCreateTheActionsOfTheTeamsCases() {
        ComplaintCase solvangCase = fixtures().closed(SOLVANG, "Læring");
        Map<String, Object> action = create(DAN, solvangCase, SOLVANG);
        String path = ACTIONS + "/" + action.get("id");

        assertThat(status(HttpRequest.GET(path).bearerAuth(HANNE))).isEqualTo(404);
        assertThat(status(HttpRequest.POST(path + "/publish", Map.of("version", action.get("version"), "publicText", "x")).bearerAuth(HANNE)))
            .isEqualTo(404);
        assertThat(status(HttpRequest.POST(ACTIONS, body(solvangCase, SOLVANG)).bearerAuth(HANNE))).isEqualTo(422);
        assertThat(list(HANNE, "?status=all")).extracting(row -> row.get("id")).doesNotContain(action.get("id"));
        assertThat(list(DAN, "?status=all")).extracting(row -> row.get("id")).contains(action.get("id"));
        assertThat(ok(HttpRequest.GET(path).bearerAuth(ANNA))).containsEntry("published", false);
    }

    @Test
    void anotherOrganisationARoleWithoutComplaintsAndAnonymousCallersAreRefused() {
        assertThat(status(HttpRequest.GET(ACTIONS).bearerAuth(EVA))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(ACTIONS).bearerAuth(BO))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(ACTIONS))).isEqualTo(401);
    }

    @Test
    void wrongInputIsRefusedWith422NamingEachFieldInTheCallersLanguage() {
        ComplaintCase onlyAcknowledged = fixtures().inStatus(SOLVANG, Status.ACKNOWLEDGED);
        Map<String, Object> nothing = new LinkedHashMap<>();
        nothing.put("caseReference", onlyAcknowledged.getReference());
        nothing.put("dueOn", "2026-09-16");
        nothing.put("unit", "no-such-unit");

        HttpClientResponseException refused = refused(HttpRequest.POST(ACTIONS + "?lang=en", nothing).bearerAuth(ANNA));

        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        String problem = refused.getResponse().getBody(String.class).orElseThrow();
        assertThat(problem).contains("An action can only be created from a case that is being handled or is closed.",
            "\"field\":\"description\"", "\"field\":\"owner\"", "The due date must be today or later.", "Choose a unit from the list.");
        assertThat(refused(HttpRequest.POST(ACTIONS, Map.of("caseReference", "K-2026-999999", "description", "x", "owner", "y",
            "dueOn", "31. september", "unit", SOLVANG)).bearerAuth(ANNA)).getResponse().getBody(String.class).orElseThrow())
            .contains("Der er ingen sag med det nummer i dit ansvarsområde.", "Skriv en dato som dag.måned.år");
    }

    @Test
    void theListShowsOpenActionsByDefaultAndFiltersOverdueDoneAndUnit() {
        ComplaintCase solvangCase = fixtures().closed(SOLVANG, "Læring");
        ComplaintCase skovlyCase = fixtures().inStatus(SKOVLY, Status.IN_PROGRESS);
        Map<String, Object> open = create(ANNA, solvangCase, SOLVANG);
        Map<String, Object> overdue = create(ANNA, skovlyCase, SKOVLY);
        ok(HttpRequest.PUT(ACTIONS + "/" + overdue.get("id"), Map.of("version", overdue.get("version"), "description", "Forsinket",
            "owner", "Leif", "dueOn", "2026-09-01", "unit", SKOVLY)).bearerAuth(ANNA));
        Map<String, Object> done = create(ANNA, solvangCase, SOLVANG);
        ok(HttpRequest.POST(ACTIONS + "/" + done.get("id") + "/done", Map.of("version", done.get("version"), "doneOn", "2026-09-17")).bearerAuth(ANNA));

        assertThat(ids(list(ANNA, ""))).contains(open.get("id"), overdue.get("id")).doesNotContain(done.get("id"));
        List<Map<String, Object>> late = list(ANNA, "?status=overdue");
        assertThat(ids(late)).contains(overdue.get("id")).doesNotContain(open.get("id"), done.get("id"));
        assertThat(late).allSatisfy(row -> assertThat(row).containsEntry("state", "OVERDUE").containsEntry("stateText", "Overskredet"));
        assertThat(ids(list(ANNA, "?status=done"))).contains(done.get("id")).doesNotContain(open.get("id"), overdue.get("id"));
        assertThat(list(ANNA, "?status=all&unit=" + SKOVLY)).allSatisfy(row -> assertThat(row).containsEntry("unit", SKOVLY));
        assertThat(ids(list(ANNA, "?status=all&unit=" + SKOVLY))).contains(overdue.get("id")).doesNotContain(open.get("id"));
    }

    private Map<String, Object> create(String token, ComplaintCase complaint, String unit) {
        return exchange(HttpRequest.POST(ACTIONS, body(complaint, unit)).bearerAuth(token)).body();
    }

    private static Map<String, Object> body(ComplaintCase complaint, String unit) {
        return Map.of("caseReference", complaint.getReference(), "description", "Fast tjek", "owner", "Leder", "dueOn", "2026-10-30", "unit", unit);
    }

    private static Map<String, Object> change(Map<String, Object> action, String description) {
        return Map.of("version", action.get("version"), "description", description, "owner", "Leder", "dueOn", "2026-10-30",
            "unit", action.get("unit"));
    }

    private static List<Object> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get("id")).toList();
    }

    private List<Map<String, Object>> list(String token, String query) {
        return client.toBlocking().retrieve(HttpRequest.GET(ACTIONS + query).bearerAuth(token),
            Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private Map<String, Object> ok(MutableHttpRequest<?> request) {
        HttpResponse<Map<String, Object>> response = exchange(request);
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<Map<String, Object>> exchange(MutableHttpRequest<?> request) {
        return client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request) {
        HttpClientResponseException e = catchThrowableOfType(() -> client.toBlocking().exchange(request, String.class),
            HttpClientResponseException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
