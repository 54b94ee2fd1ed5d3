package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.testing.CaseFixtures;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesApiTest implements TestPropertyProvider {

    static final String DAN = TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));
    static final String HANNE = TestTokens.staff("hanne", "slagelse", List.of("CASEWORKER"), List.of(), List.of("handicap"));
    static final String CLARA = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"), List.of("botilbuddet-solvang", "botilbuddet-havnevej"), List.of());
    static final String LEIF = TestTokens.staff("leif", "slagelse", List.of("UNIT_LEADER"), List.of("bostedet-skovly"), List.of());
    static final String ANNA = TestTokens.staff("anna", "slagelse", List.of("ADMIN"), List.of(), List.of());
    static final String BO = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    static final String EVA = TestTokens.staff("eva", "midtjylland", List.of("ADMIN"), List.of(), List.of());

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

    ComplaintCase solvang;
    ComplaintCase skovly;
    ComplaintCase overdue;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StaffTokenTestSupport.properties());
        properties.put("borgerstemme.outbox.enabled", "false");
        return properties;
    }

    @BeforeAll
    void fileCases() {
        CaseFixtures fixtures = new CaseFixtures(catalogue, cases, tracks, deadlines);
        LocalDateTime now = LocalDateTime.now();
        solvang = fixtures.complaint("botilbuddet-solvang", Channel.WEB, now.minusHours(2), Set.of(Track.CONDUCT_OR_DELIVERY));
        skovly = fixtures.complaint("bostedet-skovly", Channel.WEB, now.minusHours(2), Set.of(Track.CONDUCT_OR_DELIVERY));
        overdue = fixtures.complaint("botilbuddet-havnevej", Channel.WEB, now.minusDays(40), Set.of(Track.CASE_HANDLING, Track.SAFETY_CONCERN));
    }

    @Test
    void theQueueHoldsOnlyTheCaseworkersTeamsCasesMostUrgentFirstWithTheStateInWords() {
        List<Map<String, Object>> rows = queue(DAN, "");

        assertThat(rows).extracting(row -> row.get("reference")).containsExactly(overdue.getReference(), solvang.getReference());
        Map<String, Object> first = rows.get(0);
        assertThat(first.get("safetyConcern")).isEqualTo(true);
        assertThat(first.get("teamName")).isEqualTo("Ledelsen i Socialpsykiatrien");
        @SuppressWarnings("unchecked")
        Map<String, Object> next = (Map<String, Object>) first.get("nextDeadline");
        assertThat(next.get("state")).isEqualTo("OVERDUE");
        assertThat(next.get("stateText")).isEqualTo("Overskredet");
        assertThat(queue(DAN, "?due=OVERDUE")).extracting(row -> row.get("reference")).containsExactly(overdue.getReference());
        assertThat(queue(DAN, "?track=SAFETY_CONCERN&lang=en")).singleElement()
            .satisfies(row -> assertThat(row.get("kindText")).isEqualTo("Complaint"));
        assertThat(queue(DAN, "?unit=bostedet-skovly")).isEmpty();
        assertThat(queue(ANNA, "")).extracting(row -> row.get("reference")).contains(skovly.getReference(), solvang.getReference());
    }

    @Test
    void aCaseworkerOfTeamACannotReadTeamBsCaseItIsNotFoundForThem() {
        assertThat(status(HttpRequest.GET(casePath(skovly)).bearerAuth(DAN))).isEqualTo(404);
        assertThat(status(HttpRequest.GET(casePath(solvang)).bearerAuth(HANNE))).isEqualTo(404);
        assertThat(status(HttpRequest.POST(casePath(skovly) + "/note", Map.of("version", skovly.getVersion(), "body", "x")).bearerAuth(DAN)))
            .isEqualTo(404);
        assertThat(client.toBlocking().retrieve(HttpRequest.GET(casePath(solvang)).bearerAuth(DAN), Map.class).get("reference"))
            .isEqualTo(solvang.getReference());
    }

    @Test
    void aUnitLeaderReadsTheCasesOfTheirOwnUnitsOnly() {
        assertThat(status(HttpRequest.GET(casePath(solvang)).bearerAuth(CLARA))).isEqualTo(200);
        assertThat(status(HttpRequest.GET(casePath(solvang)).bearerAuth(LEIF))).isEqualTo(404);
        assertThat(queue(LEIF, "")).extracting(row -> row.get("reference")).containsExactly(skovly.getReference());
    }

    @Test
    void anotherOrganisationAndARoleWithoutComplaintsAreRefused() {
        assertThat(status(HttpRequest.GET(casePath(solvang)).bearerAuth(EVA))).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/complaints/slagelse/cases").bearerAuth(EVA))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(casePath(solvang)).bearerAuth(BO))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(casePath(solvang)))).isEqualTo(401);
    }

    @Test
    void anActionOnAStaleVersionGetsAConflictWithALocalisedDetail() {
        ComplaintCase complaint = cases.findById(solvang.getId()).orElseThrow();
        long seen = complaint.getVersion();

        Map<?, ?> after = client.toBlocking().retrieve(HttpRequest.POST(casePath(complaint) + "/note",
            Map.of("version", seen, "body", "Ringet til bostedet.")).bearerAuth(DAN), Map.class);
        HttpClientResponseException danish = catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking()
            .exchange(HttpRequest.POST(casePath(complaint) + "/reply", Map.of("version", seen, "body", "Svar")).bearerAuth(DAN)));
        HttpClientResponseException english = catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking()
            .exchange(HttpRequest.POST(casePath(complaint) + "/reply?lang=en", Map.of("version", seen, "body", "Reply")).bearerAuth(DAN)));

        assertThat(((Number) after.get("version")).longValue()).isGreaterThan(seen);
        assertThat(danish.getStatus().getCode()).isEqualTo(409);
        assertThat(danish.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(problem(danish).get("detail")).isEqualTo("En anden har ændret sagen. Din tekst er bevaret nedenfor; se, hvad der er ændret.");
        assertThat(problem(english).get("detail")).isEqualTo("Someone else changed this case. Your text is kept below; see what changed.");
    }

    @Test
    void anIllegalTransitionGetsAConflictThatSaysWhy() {
        ComplaintCase complaint = cases.findById(skovly.getId()).orElseThrow();

        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.POST(casePath(complaint) + "/reopen", Map.of("version", complaint.getVersion(), "reason", "Uenig")).bearerAuth(HANNE)));

        assertThat(refused.getStatus().getCode()).isEqualTo(409);
        assertThat(problem(refused)).containsEntry("code", "illegalTransition").containsEntry("detail", "Kun en afsluttet sag kan genåbnes.");
    }

    @Test
    void closingWithoutItsFieldsIsRefusedFieldByField() {
        ComplaintCase complaint = cases.findById(skovly.getId()).orElseThrow();

        HttpClientResponseException invalid = catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.POST(casePath(complaint) + "/close?lang=en", Map.of("version", complaint.getVersion())).bearerAuth(HANNE)));

        assertThat(invalid.getStatus().getCode()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) problem(invalid).get("errors");
        assertThat(errors).extracting(error -> error.get("field")).containsExactly("outcome", "rootCause", "learning", "replySent");
        assertThat(errors.get(0).get("detail")).isEqualTo("Choose the outcome.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseIsReadWithItsClocksTimelineAndTheActionsItsStatusAllows() {
        ComplaintCase complaint = cases.findById(overdue.getId()).orElseThrow();
        HttpResponse<Map> taken = client.toBlocking().exchange(HttpRequest.POST(casePath(complaint) + "/take",
            Map.of("version", complaint.getVersion())).bearerAuth(DAN), Map.class);

        Map<?, ?> details = taken.body();
        assertThat(details.get("assignee")).isEqualTo("dan");
        assertThat(details.get("statusText")).isEqualTo("Under behandling");
        assertThat((List<Object>) details.get("allowedActions")).contains("REPLY", "CLOSE").doesNotContain("REOPEN");
        assertThat((List<Object>) details.get("timeline")).singleElement()
            .satisfies(entry -> assertThat(((Map<?, ?>) entry).get("actionText")).isEqualTo("Tag sagen"));
        assertThat(details.toString()).doesNotContain("contact");
    }

    @Test
    void theCasesApiIsInTheOpenApiDocument() {
        String document = client.toBlocking().retrieve("/openapi/borgerstemme-complaint-service-1.yml");

        assertThat(document).contains("/api/complaints/{org}/cases", "/api/complaints/{org}/cases/{reference}/{action}");
    }

    private static String casePath(ComplaintCase complaint) {
        return "/api/complaints/slagelse/cases/" + complaint.getReference();
    }

    private List<Map<String, Object>> queue(String token, String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/complaints/slagelse/cases" + query).bearerAuth(token),
            Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private int status(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problem(HttpClientResponseException e) {
        return e.getResponse().getBody(Map.class).orElseThrow();
    }
}
