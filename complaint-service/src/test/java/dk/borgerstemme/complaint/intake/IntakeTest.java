package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.platform.testing.UsesTestDatabase;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeTest implements UsesTestDatabase {

    // Monday 2 March 2026, 10:00 in Denmark.
    private final MutableClock clock = new MutableClock(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant());

    @Inject
    Intake intake;

    @Inject
    StatusCodeDigests digests;

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

    @Inject
    ContactAccess contacts;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void aWebComplaintIsReceivedRoutedAndGivenItsClocksAndAReceivedEventAtOnce() {
        Received received = intake.receive(slagelse(), Submissions.anonymousComplaintAboutSolvang(Submissions.newKey()), "borger", Language.DA);

        ComplaintCase complaint = cases.findById(received.complaint().getId()).orElseThrow();
        assertThat(complaint.getReference()).matches("K-2026-\\d{6}");
        assertThat(complaint.getStatus()).as("the receipt page acknowledges a web complaint at once").isEqualTo(Status.ACKNOWLEDGED);
        assertThat(complaint.getChannel()).isEqualTo(Channel.WEB);
        assertThat(complaint.getTeamId()).isEqualTo("socialpsykiatrien");
        assertThat(complaint.isAnonymous()).isTrue();
        assertThat(complaint.getContactCiphertext()).isNull();
        assertThat(tracks.tracksOf(complaint.getId())).containsExactly(Track.CONDUCT_OR_DELIVERY);
        List<CaseDeadline> clocks = deadlines.findByCaseIdOrderByDueOn(complaint.getId());
        assertThat(clocks).extracting(CaseDeadline::kind).containsExactlyInAnyOrder(DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.ANSWER);
        assertThat(deadlines.findByCaseIdAndKind(complaint.getId(), DeadlineKind.ACKNOWLEDGEMENT).orElseThrow().isMet()).isTrue();
        // 10 working days from Monday 2 March 2026: Monday 16 March.
        assertThat(deadlines.findByCaseIdAndKind(complaint.getId(), DeadlineKind.ANSWER).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(events.findByCaseIdOrderById(complaint.getId())).extracting(CaseEvent::action, CaseEvent::actor)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("RECEIVED", "borger"));
        assertThat(received.statusCode()).isNotNull();
        assertThat(digests.matches(received.statusCode(), complaint.getStatusCodeHash())).isTrue();
        assertThat(complaint.getStatusCodeHash()).doesNotContain(received.statusCode().value());
    }

    @Test
    void aDecisionComplaintRunsTheReconsiderationClockKeepsItsContactEncryptedAndIsFlaggedWhenLate() {
        Received received = intake.receive(slagelse(), Submissions.decisionComplaintWithContact(Submissions.newKey(), LocalDate.of(2026, 1, 5)), "borger", Language.DA);

        ComplaintCase complaint = cases.findById(received.complaint().getId()).orElseThrow();
        assertThat(tracks.tracksOf(complaint.getId())).containsExactly(Track.DECISION);
        assertThat(complaint.getTeamId()).isEqualTo("myndighed");
        assertThat(complaint.isLateDecisionComplaint()).isTrue();
        assertThat(complaint.isHideNameFromUnit()).isTrue();
        assertThat(deadlines.findByCaseIdAndKind(complaint.getId(), DeadlineKind.RECONSIDERATION).orElseThrow().dueOn())
            .isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(contacts.readForDelivery(complaint).orElseThrow().email()).isEqualTo("hanne@example.org");
    }

    @Test
    void concurrentIntakesGetDistinctConsecutiveReferences() throws Exception {
        Organisation midtjylland = catalogue.require("midtjylland");
        List<Callable<String>> intakes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            intakes.add(() -> intake.receive(midtjylland, anyPlace(Submissions.newKey()), "borger", Language.DA).complaint().getReference());
        }

        List<String> references = runTogether(intakes);

        assertThat(references).doesNotHaveDuplicates().hasSize(24);
        assertThat(references.stream().sorted().toList().get(0)).isEqualTo("K-2026-000001");
        assertThat(references.stream().sorted().toList().get(23)).isEqualTo("K-2026-000024");
    }

    @Test
    void theSameFormSentSeveralTimesAtOnceMakesOneCaseAndShowsTheSameReceipt() throws Exception {
        String key = Submissions.newKey();
        List<Callable<Received>> submits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            submits.add(() -> intake.receive(slagelse(), Submissions.anonymousComplaintAboutSolvang(key), "borger", Language.DA));
        }

        List<Received> receipts = runTogether(submits);

        Set<Long> ids = receipts.stream().map(received -> received.complaint().getId()).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(receipts).extracting(received -> received.complaint().getReference()).containsOnly(receipts.get(0).complaint().getReference());
        assertThat(receipts).extracting(received -> received.statusCode().value()).containsOnly(receipts.get(0).statusCode().value());
        assertThat(receipts).filteredOn(received -> !received.repeated()).hasSize(1);
        assertThat(events.findByCaseIdOrderById(ids.iterator().next())).hasSize(1);
    }

    @Test
    void aNewYearStartsTheNumbersAgain() {
        Organisation midtjylland = catalogue.require("midtjylland");
        clock.advance(java.time.Duration.ofDays(366));
        try {
            assertThat(intake.receive(midtjylland, anyPlace(Submissions.newKey()), "borger", Language.DA).complaint().getReference()).isEqualTo("K-2027-000001");
        } finally {
            clock.advance(java.time.Duration.ofDays(-366));
        }
    }

    private static Submission anyPlace(String key) {
        Submission solvang = Submissions.anonymousComplaintAboutSolvang(key);
        return new Submission(key, solvang.kind(), solvang.role(), null, null, null, solvang.whatHappened(), null, false, null, null,
            false, Channel.WEB, null);
    }

    private Organisation slagelse() {
        return catalogue.require("slagelse");
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
