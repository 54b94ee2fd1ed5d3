package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.testing.SettableClock;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff start page's counts against cases whose clocks are written by hand: on Thursday 17 September
 * 2026 a clock due on the 16th is overdue, one due on the 18th (one working day) is due soon, one due on
 * the 30th is on time, and a met one counts for nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkloadApiTest implements TestPropertyProvider {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 9, 17, 10, 0);
    static final LocalDate YESTERDAY = LocalDate.of(2026, 9, 16);
    static final LocalDate TOMORROW = LocalDate.of(2026, 9, 18);
    static final LocalDate IN_TWO_WEEKS = LocalDate.of(2026, 10, 1);

    static final String DAN = TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));
    static final String CLARA = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"), List.of("botilbuddet-solvang"), List.of());
    static final String LEIF = TestTokens.staff("leif", "slagelse", List.of("UNIT_LEADER"), List.of("bostedet-skovly"), List.of());
    static final String LEADER_AND_CASEWORKER = TestTokens.staff("lene", "slagelse", List.of("UNIT_LEADER", "CASEWORKER"),
        List.of("bostedet-skovly"), List.of("socialpsykiatrien"));
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

    private int number;

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
        return new SettableClock(NOW);
    }

    @BeforeAll
    void fileCasesWithHandWrittenClocks() {
        // Solvang (team socialpsykiatrien, unit leader clara)
        file("botilbuddet-solvang", Status.IN_PROGRESS, Set.of(Track.CONDUCT_OR_DELIVERY), DeadlineKind.ANSWER, YESTERDAY, false);
        file("botilbuddet-solvang", Status.RECEIVED, Set.of(Track.CONDUCT_OR_DELIVERY), DeadlineKind.ACKNOWLEDGEMENT, TOMORROW, false);
        file("botilbuddet-solvang", Status.ACKNOWLEDGED, Set.of(Track.CONDUCT_OR_DELIVERY), DeadlineKind.ANSWER, IN_TWO_WEEKS, false);
        file("botilbuddet-solvang", Status.IN_PROGRESS, Set.of(Track.CASE_HANDLING), DeadlineKind.ANSWER, YESTERDAY, true);
        file("botilbuddet-solvang", Status.CLOSED, Set.of(Track.CONDUCT_OR_DELIVERY), DeadlineKind.ANSWER, YESTERDAY, false);
        // Havnevej (team socialpsykiatrien, no leader here): a safety concern due today
        file("botilbuddet-havnevej", Status.ACKNOWLEDGED, Set.of(Track.SAFETY_CONCERN), DeadlineKind.SAME_DAY_ATTENTION, NOW.toLocalDate(), false);
        // Skovly (team handicap, unit leader leif)
        file("bostedet-skovly", Status.IN_PROGRESS, Set.of(Track.CONDUCT_OR_DELIVERY), DeadlineKind.ANSWER, YESTERDAY, false);
        file("bostedet-skovly", Status.WITHDRAWN, Set.of(Track.CONDUCT_OR_DELIVERY), DeadlineKind.ANSWER, YESTERDAY, false);
    }

    @Test
    void aCaseworkerCountsTheOpenCasesOfTheirTeam() {
        assertThat(workload(DAN)).containsExactlyInAnyOrderEntriesOf(Map.of("scope", "team", "open", 5, "unacknowledged", 1,
            "overdue", 1, "dueSoon", 2, "dueSoonWorkingDays", 2, "safetyConcernsOpen", 1));
    }

    @Test
    void aUnitLeaderCountsTheOpenCasesAboutTheirUnitsOnly() {
        assertThat(workload(CLARA)).containsEntry("scope", "units").containsEntry("open", 4).containsEntry("overdue", 1)
            .containsEntry("dueSoon", 1).containsEntry("unacknowledged", 1).containsEntry("safetyConcernsOpen", 0);
        assertThat(workload(LEIF)).containsEntry("scope", "units").containsEntry("open", 1).containsEntry("overdue", 1)
            .containsEntry("dueSoon", 0);
    }

    @Test
    void someoneWithBothRolesCountsTheUnionAndTheWiderScopeNamesIt() {
        assertThat(workload(LEADER_AND_CASEWORKER)).containsEntry("scope", "units").containsEntry("open", 6).containsEntry("overdue", 2);
    }

    @Test
    void anAdministratorCountsTheWholeOrganisation() {
        assertThat(workload(ANNA)).containsExactlyInAnyOrderEntriesOf(Map.of("scope", "organisation", "open", 6, "unacknowledged", 1,
            "overdue", 2, "dueSoon", 2, "dueSoonWorkingDays", 2, "safetyConcernsOpen", 1));
    }

    @Test
    void anAnalystAnotherOrganisationAndAnonymousCallersAreRefused() {
        assertThat(status(BO, "slagelse")).isEqualTo(403);
        assertThat(status(EVA, "slagelse")).isEqualTo(403);
        assertThat(status(null, "slagelse")).isEqualTo(401);
    }

    private Map<String, Object> workload(String token) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/complaints/slagelse/workload").bearerAuth(token),
            Argument.mapOf(String.class, Object.class));
    }

    private int status(String token, String org) {
        HttpRequest<?> request = token == null ? HttpRequest.GET("/api/complaints/" + org + "/workload")
            : HttpRequest.GET("/api/complaints/" + org + "/workload").bearerAuth(token);
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** A case with one clock, written by hand; {@code met} marks it met yesterday. */
    private void file(String unit, Status status, Set<Track> caseTracks, DeadlineKind clock, LocalDate due, boolean met) {
        Organisation organisation = catalogue.require("slagelse");
        ComplaintCase complaint = new ComplaintCase();
        complaint.setOrganisation("slagelse");
        complaint.setReference(String.format("K-2026-%06d", 800_000 + ++number));
        complaint.setKind(Kind.KLAGE);
        complaint.setReceivedAt(NOW.minusDays(3));
        complaint.setReceivedOn(NOW.minusDays(3).toLocalDate());
        complaint.setStatus(status);
        complaint.setChannel(status == Status.RECEIVED ? Channel.PHONE : Channel.WEB);
        complaint.setComplainantRole(dk.borgerstemme.complaint.casefile.ComplainantRole.CITIZEN);
        complaint.setUnitId(unit);
        complaint.setAreaId(organisation.areaOfUnit(unit).orElseThrow().id());
        complaint.setCategory("levering-af-hjaelpen");
        complaint.setWhatHappened("Tekst");
        complaint.setStatusCodeHash("hash");
        complaint.setTeamId(organisation.teamFor(Kind.KLAGE.id(), "levering-af-hjaelpen", unit));
        complaint.setSafetyConcern(caseTracks.contains(Track.SAFETY_CONCERN));
        complaint.setUpdatedAt(NOW);
        ComplaintCase saved = cases.save(complaint);
        tracks.replace(saved.getId(), caseTracks);
        CaseDeadline row = CaseDeadline.due(saved.getId(), clock, due);
        deadlines.save(met ? row.metAt(NOW.minusDays(1)) : row);
    }
}
