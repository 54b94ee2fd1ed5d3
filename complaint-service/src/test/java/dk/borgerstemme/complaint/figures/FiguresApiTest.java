package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.testing.Cases;
import dk.borgerstemme.complaint.testing.OutboxRows;
import dk.borgerstemme.complaint.testing.SettableClock;
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

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Figures of 2026Q1 for Slagelse, computed by hand from the fixture below (today is 14 May 2026).
 * Botilbuddet Solvang (24 places): 6 complaints and 2 praise in Q1, 5 complaints in 2025Q4.
 * Botilbuddet Havnevej (16): 2 complaints, too few to show. Bostedet Skovly (32): 5 complaints, hidden
 * as the complement of Havnevej. One complaint about no unit.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresApiTest implements TestPropertyProvider {

    static final String SOLVANG = "botilbuddet-solvang";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    CaseDeadlineRepository deadlines;

    @Inject
    CaseTrackRepository tracks;

    @Inject
    DataSource dataSource;

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

    @BeforeAll
    void fixture() {
        // Solvang, Q1: four complaints answered after 5, 10, 2 and 9 working days (the last one late),
        // one whose answer deadline passed unanswered on 31 March, one without an answer clock yet.
        long c1 = complaint(SOLVANG, "2026-01-05", "levering-af-hjaelpen", Track.CONDUCT_OR_DELIVERY);
        answer(c1, "2026-01-19", "2026-01-12");
        long c2 = complaint(SOLVANG, "2026-02-02", "levering-af-hjaelpen", Track.CONDUCT_OR_DELIVERY);
        answer(c2, "2026-02-16", "2026-02-16");
        long c3 = complaint(SOLVANG, "2026-03-02", "levering-af-hjaelpen", Track.CONDUCT_OR_DELIVERY);
        answer(c3, "2026-03-16", "2026-03-04");
        long c4 = complaint(SOLVANG, "2026-03-09", "levering-af-hjaelpen", Track.CONDUCT_OR_DELIVERY);
        answer(c4, "2026-03-13", "2026-03-20");
        long c5 = complaint(SOLVANG, "2026-03-17", "sagsbehandling-og-ventetid", null);
        answer(c5, "2026-03-31", null);
        long c6 = complaint(SOLVANG, "2026-03-30", "sagsbehandling-og-ventetid", null);
        // Acknowledgement: five in time, one late.
        List.of(c1, c2, c3, c4, c5).forEach(id -> acknowledge(id, true));
        acknowledge(c6, false);
        // Three closed in Q1, one of them reopened once and closed again; two with a learning.
        close(c1, "2026-01-13", Outcome.UPHELD, "kommunikation", "Vi ringer nu altid, når en aftale flyttes.", 0);
        close(c2, "2026-02-17", Outcome.PARTLY_UPHELD, "kommunikation", "Fast kontaktperson for pårørende.", 1);
        close(c3, "2026-03-05", Outcome.NOT_UPHELD, "bemanding", null, 0);
        action(c1, "Fast telefontid for pårørende", "2026-03-15", null);
        action(c2, "Kontaktpersonordning beskrevet", "2026-02-28", "2026-02-25");
        for (String day : List.of("2026-01-20", "2026-02-10")) {
            long praise = save(Cases.of(Kind.ROS, SOLVANG, at(day)), "medarbejderes-adfaerd");
            tracks.replace(praise, EnumSet.of(Track.PRAISE));
        }
        for (String day : List.of("2025-10-06", "2025-11-03", "2025-11-24", "2025-12-01", "2025-12-15")) {
            complaint(SOLVANG, day, "levering-af-hjaelpen", Track.CONDUCT_OR_DELIVERY);
        }
        complaint("botilbuddet-havnevej", "2026-02-03", "levering-af-hjaelpen", null);
        complaint("botilbuddet-havnevej", "2026-02-04", "levering-af-hjaelpen", null);
        for (String day : List.of("2026-01-07", "2026-01-14", "2026-02-11", "2026-03-11", "2026-03-25")) {
            complaint("bostedet-skovly", day, "levering-af-hjaelpen", null);
        }
        complaint(null, "2026-02-20", "levering-af-hjaelpen", null);
        complaint(SOLVANG, "2026-04-02", "levering-af-hjaelpen", null);
    }

    @Test
    void anAnalystSeesAUnitsFiguresComputedByHand() {
        Map<String, Object> report = figures(analyst(), "period=2026Q1&by=unit");

        assertThat(report).containsEntry("period", "2026Q1").containsEntry("previousPeriod", "2025Q4")
            .containsEntry("complete", true).containsEntry("asOf", "2026-03-31").containsEntry("daysCounted", 90);
        Map<String, Object> solvang = group(report, SOLVANG);
        assertThat(solvang).containsEntry("suppressed", false).containsEntry("citizensServed", 24).containsEntry("cases", 8);
        assertThat(solvang.get("counts")).isEqualTo(Map.of("complaints", 6, "praise", 2, "suggestions", 0));
        assertThat((List<Map<String, Object>>) solvang.get("breakdown"))
            .extracting(row -> row.get("kind") + "/" + row.get("track") + "/" + row.get("category") + "=" + row.get("count"))
            .containsExactly("klage/conduct-or-delivery/levering-af-hjaelpen=4", "klage/untriaged/sagsbehandling-og-ventetid=2",
                "ros/praise/medarbejderes-adfaerd=2");
        assertThat(number(solvang, "complaintsPer100Citizens")).isEqualTo(25.0);
        assertThat(solvang.get("previous")).isEqualTo(Map.of("complaints", 5, "complaintsPer100Citizens", 20.833333, "praise", 0));
        Map<String, Object> change = map(solvang, "change");
        assertThat(change).containsEntry("complaints", 1).containsEntry("beyondNoise", false);
        assertThat(number(change, "complaintsPer100Citizens")).isEqualTo(4.166667);
        // Given 11 complaints over equal exposure, every split is at most as likely as 6:5: p = 1.
        assertThat(number(change, "pValue")).isEqualTo(1.0);

        Map<String, Object> acknowledged = map(solvang, "acknowledgedWithinDeadline");
        assertThat(acknowledged).containsEntry("due", 6).containsEntry("met", 5);
        assertThat(number(acknowledged, "share")).isEqualTo(0.833333);
        assertThat(number(acknowledged, "wilsonLower")).isCloseTo(0.436498, within(1e-5));
        assertThat(number(acknowledged, "wilsonUpper")).isCloseTo(0.969948, within(1e-5));
        assertThat(acknowledged.get("previousShare")).isNull();
        Map<String, Object> answered = map(solvang, "answeredWithinDeadline");
        assertThat(answered).containsEntry("due", 5).containsEntry("met", 3);
        assertThat(number(answered, "share")).isEqualTo(0.6);
        assertThat(map(solvang, "workingDaysToAnswer")).containsEntry("n", 4).containsEntry("median", 7.0).containsEntry("p90", 10.0);

        assertThat((List<Map<String, Object>>) solvang.get("outcomes")).extracting(row -> row.get("outcome") + "=" + row.get("count"))
            .containsExactly("medhold=1", "delvis-medhold=1", "ikke-medhold=1", "ikke-relevant=0");
        Map<String, Object> followUp = map(solvang, "followUp");
        assertThat(followUp).containsEntry("closed", 3).containsEntry("closedWithLearning", 2);
        assertThat(number(followUp, "shareWithLearning")).isEqualTo(0.666667);
        assertThat(followUp.get("actions")).isEqualTo(Map.of("open", 1, "done", 1, "overdue", 1));
        List<Map<String, Object>> causes = (List<Map<String, Object>>) solvang.get("topRootCauses");
        assertThat(causes).extracting(cause -> cause.get("rootCause") + "=" + cause.get("count")).containsExactly("kommunikation=2", "bemanding=1");
        assertThat((List<Map<String, Object>>) causes.get(0).get("learnings")).extracting(learning -> learning.get("text"))
            .containsExactly("Fast kontaktperson for pårørende.", "Vi ringer nu altid, når en aftale flyttes.");
        assertThat((List<Map<String, Object>>) causes.get(0).get("actions")).extracting(action -> action.get("text") + "/" + action.get("done"))
            .containsExactly("Kontaktpersonordning beskrevet/true", "Fast telefontid for pårørende/false");
        assertThat(number(map(solvang, "praise"), "praiseToComplaintRatio")).isEqualTo(0.333333);
        assertThat(map(solvang, "reopened")).containsEntry("closed", 3).containsEntry("reopened", 1);
        assertThat(solvang).containsKey("handlingRating");
        assertThat(solvang.get("handlingRating")).as("the rating is measured per half-year, this is a quarter").isNull();
    }

    @Test
    void aSmallGroupIsSuppressedAndTheNextSmallestTooSoTheTotalGivesNothingAway() {
        Map<String, Object> report = figures(analyst(), "period=2026Q1&by=unit");

        Map<String, Object> havnevej = group(report, "botilbuddet-havnevej");
        assertThat(havnevej).containsEntry("suppressed", true).containsEntry("citizensServed", 16);
        assertThat(havnevej.get("cases")).isNull();
        assertThat(havnevej.get("counts")).isNull();
        assertThat(group(report, "bostedet-skovly")).containsEntry("suppressed", true);
        assertThat(group(report, SOLVANG)).containsEntry("suppressed", false);
        assertThat(group(report, "vaerestedet")).as("a group with no cases is shown").containsEntry("suppressed", false).containsEntry("cases", 0);

        Map<String, Object> total = map(report, "total");
        assertThat(total).containsEntry("suppressed", false).containsEntry("cases", 16).containsEntry("citizensServed", 3431);
        assertThat(map(total, "counts")).containsEntry("complaints", 14);
    }

    @Test
    void byAreaAndTheCsvGiveTheSameNumbers() {
        Map<String, Object> report = figures(analyst(), "period=2026Q1&by=area");
        assertThat(group(report, "socialpsykiatrien")).containsEntry("cases", 10);
        assertThat(group(report, "handicap")).containsEntry("cases", 5);

        String csv = client.toBlocking().retrieve(HttpRequest.GET("/api/complaints/slagelse/figures.csv?period=2026Q1&by=unit")
            .bearerAuth(analyst()));
        assertThat(csv).startsWith("period;group;name;suppressed;citizensServed;figure;value\r\n")
            .contains("2026Q1;botilbuddet-solvang;Botilbuddet Solvang;false;24;counts.complaints;6\r\n")
            .contains("2026Q1;botilbuddet-solvang;Botilbuddet Solvang;false;24;outcomes.delvis-medhold;1\r\n")
            .contains("2026Q1;botilbuddet-havnevej;Botilbuddet Havnevej;true;16;cases;\r\n")
            .contains("2026Q1;total;I alt;false;3431;cases;16\r\n");
    }

    @Test
    void aUnitLeaderSeesOnlyTheirOwnUnitsAlsoInTheTotal() {
        String leader = TestTokens.staff("lene", "slagelse", List.of("UNIT_LEADER"), List.of(SOLVANG, "botilbuddet-havnevej"), List.of());

        Map<String, Object> report = figures(leader, "period=2026Q1&by=unit&lang=en");

        assertThat(map(report, "scope")).containsEntry("kind", "units");
        assertThat((List<Map<String, Object>>) report.get("groups")).extracting(group -> group.get("group"))
            .containsExactly(SOLVANG, "botilbuddet-havnevej");
        assertThat(group(report, "botilbuddet-havnevej")).containsEntry("suppressed", true);
        assertThat(group(report, SOLVANG)).as("hidden as the complement of Havnevej").containsEntry("suppressed", true);
        assertThat(map(report, "total")).containsEntry("name", "Total").containsEntry("cases", 10).containsEntry("citizensServed", 40);
        assertThat(status(leader, "period=2026Q1&unit=bostedet-skovly")).isEqualTo(403);
        assertThat(figures(leader, "period=2026Q1&unit=" + SOLVANG)).extracting(r -> map(r, "total").get("cases")).isEqualTo(8);
    }

    @Test
    void otherRolesOtherOrganisationsAndBadQuestionsAreRefused() {
        assertThat(status(TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien")), "period=2026Q1")).isEqualTo(403);
        assertThat(status(TestTokens.staff("anna", "slagelse", List.of("ADMIN"), List.of(), List.of()), "period=2026Q1")).isEqualTo(403);
        assertThat(status(TestTokens.staff("eva", "midtjylland", List.of("ANALYST"), List.of(), List.of()), "period=2026Q1")).isEqualTo(403);
        assertThat(status(null, "period=2026Q1")).isEqualTo(401);
        assertThat(status(analyst(), "period=2026Q5")).isEqualTo(400);
        assertThat(status(analyst(), "period=2026Q1&by=team")).isEqualTo(400);
        assertThat(status(analyst(), "period=2026Q1&unit=no-such-unit")).isEqualTo(400);
    }

    @Test
    void aRunningPeriodIsComparedOnItsDaysSoFarAndAFuturePeriodHasZeros() {
        Map<String, Object> running = figures(analyst(), "period=2026Q2&by=organisation");
        assertThat(running).containsEntry("complete", false).containsEntry("asOf", "2026-05-14").containsEntry("daysCounted", 44);
        Map<String, Object> future = figures(analyst(), "period=2027-01");
        assertThat(map(future, "total")).containsEntry("cases", 0).containsEntry("suppressed", false);
    }

    private static String analyst() {
        return TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    }

    private Map<String, Object> figures(String token, String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/complaints/slagelse/figures?" + query).bearerAuth(token),
            Argument.mapOf(String.class, Object.class));
    }

    private int status(String token, String query) {
        HttpRequest<?> request = HttpRequest.GET("/api/complaints/slagelse/figures?" + query);
        if (token != null) {
            request = HttpRequest.GET("/api/complaints/slagelse/figures?" + query).bearerAuth(token);
        }
        HttpRequest<?> sent = request;
        return catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking().exchange(sent)).getStatus().getCode();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> report, String id) {
        return ((List<Map<String, Object>>) report.get("groups")).stream().filter(group -> id.equals(group.get("group"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> figures, String key) {
        return (Map<String, Object>) figures.get(key);
    }

    private static double number(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).doubleValue();
    }

    private long complaint(String unit, String day, String category, Track track) {
        long id = save(Cases.of(Kind.KLAGE, unit, at(day)), category);
        if (track != null) {
            tracks.replace(id, EnumSet.of(track));
        }
        return id;
    }

    private long save(ComplaintCase complaint, String category) {
        complaint.setCategory(category);
        return cases.save(complaint).getId();
    }

    private void answer(long caseId, String due, String met) {
        CaseDeadline deadline = CaseDeadline.due(caseId, DeadlineKind.ANSWER, LocalDate.parse(due));
        deadlines.save(met == null ? deadline : deadline.metAt(at(met)));
    }

    private void acknowledge(long caseId, boolean inTime) {
        ComplaintCase complaint = cases.findById(caseId).orElseThrow();
        LocalDate due = complaint.getReceivedOn().plusDays(2);
        deadlines.save(CaseDeadline.due(caseId, DeadlineKind.ACKNOWLEDGEMENT, due).metAt((inTime ? due : due.plusDays(3)).atTime(10, 0)));
    }

    private void close(long caseId, String day, Outcome outcome, String rootCause, String learning, int reopened) {
        ComplaintCase complaint = cases.findById(caseId).orElseThrow();
        complaint.setStatus(Status.CLOSED);
        complaint.setClosedAt(at(day));
        complaint.setOutcome(outcome);
        complaint.setRootCause(rootCause);
        complaint.setLearning(learning);
        complaint.setReopenCount(reopened);
        cases.update(complaint);
    }

    private void action(long caseId, String description, String due, String done) {
        new OutboxRows(dataSource).execute("INSERT INTO complaint_action (organisation, case_id, unit_id, description, owner, due_on, done_on) VALUES "
            + "('slagelse', " + caseId + ", '" + SOLVANG + "', '" + description + "', 'lene', '" + due + "', " + (done == null ? "NULL" : "'" + done + "'") + ")");
    }

    private static LocalDateTime at(String day) {
        return LocalDate.parse(day).atTime(10, 0);
    }
}
