package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.testing.Cases;
import dk.borgerstemme.complaint.testing.SettableClock;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures reports are kept once built (reports at scale); a report asked for again after a case came in or was
 * handled must show it at once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeptFiguresApiTest implements TestPropertyProvider {

    private static final String UNIT = "bostedet-engparken";
    private static final String SOLVANG = "botilbuddet-solvang";
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    private static final String ENGPARKEN_LEADER = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"), List.of(UNIT), List.of());

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    CaseEventRepository events;

    @Inject
    KeptCases keptCases;

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
        return new SettableClock(LocalDateTime.of(2026, 5, 14, 12, 0));
    }

    @Test
    void aNewCaseAndAClosedCaseShowAtOnce() {
        long first = complaint("2026-01-12");
        for (String day : List.of("2026-01-19", "2026-02-02", "2026-02-16", "2026-03-02")) {
            complaint(day);
        }
        assertThat(complaints(ANALYST)).isEqualTo(5);
        assertThat(complaints(ANALYST)).isEqualTo(5);

        complaint("2026-03-09");
        assertThat(complaints(ANALYST)).isEqualTo(6);

        ComplaintCase closed = cases.findById(first).orElseThrow();
        closed.setStatus(Status.CLOSED);
        closed.setClosedAt(LocalDateTime.of(2026, 2, 1, 10, 0));
        closed.setOutcome(Outcome.UPHELD);
        cases.update(closed);
        events.save(new CaseEvent(null, first, LocalDateTime.of(2026, 2, 1, 10, 0), "lene", "CLOSED", null, null));
        assertThat(upheld(ANALYST)).isEqualTo(1);

        assertThat(complaints(ENGPARKEN_LEADER)).as("a unit leader's report is their own").isEqualTo(6);
    }

    @Test
    void recentHalfYearsAreReadInTheBackgroundSoTheFirstReportIsCountedFromKeptCases() {
        List<Long> solvang = new ArrayList<>();
        for (String day : List.of("2026-04-06", "2026-04-13", "2026-04-20", "2026-04-27", "2026-05-04")) {
            solvang.add(complaint(SOLVANG, day));
        }
        keptCases.warm();
        // Moved without a trace in the audit trail, so the cases' state looks unchanged: a report counted from a fresh
        // read would show four complaints at Solvang.
        ComplaintCase moved = cases.findById(solvang.get(0)).orElseThrow();
        moved.setUnitId("bostedet-skovly");
        cases.update(moved);

        assertThat(complaints(ANALYST, "2026H1", SOLVANG)).isEqualTo(5);
    }

    private long complaint(String day) {
        return complaint(UNIT, day);
    }

    private long complaint(String unit, String day) {
        ComplaintCase complaint = Cases.of(Kind.KLAGE, unit, LocalDateTime.parse(day + "T10:00"));
        complaint.setCategory("levering-af-hjaelpen");
        return cases.save(complaint).getId();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> engparken(String token) {
        return group(token, "2026Q1", UNIT);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> group(String token, String period, String unit) {
        Map<String, Object> report = client.toBlocking().retrieve(
            HttpRequest.GET("/api/complaints/slagelse/figures?period=" + period + "&by=unit").bearerAuth(token), Argument.mapOf(String.class, Object.class));
        return ((List<Map<String, Object>>) report.get("groups")).stream().filter(group -> unit.equals(group.get("group"))).findFirst().orElseThrow();
    }

    private int complaints(String token) {
        return complaints(token, "2026Q1", UNIT);
    }

    @SuppressWarnings("unchecked")
    private int complaints(String token, String period, String unit) {
        return ((Number) ((Map<String, Object>) group(token, period, unit).get("counts")).get("complaints")).intValue();
    }

    @SuppressWarnings("unchecked")
    private int upheld(String token) {
        return ((List<Map<String, Object>>) engparken(token).get("outcomes")).stream().filter(outcome -> "medhold".equals(outcome.get("outcome")))
            .mapToInt(outcome -> ((Number) outcome.get("count")).intValue()).sum();
    }
}
