package dk.borgerstemme.complaint.casefile;

import dk.borgerstemme.platform.testing.UsesTestDatabase;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFileRepositoryTest implements UsesTestDatabase {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 9, 30);

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    CaseTrackRepository tracks;

    @Inject
    CaseDeadlineRepository deadlines;

    @Inject
    CaseEventRepository events;

    @Test
    void aStaleUpdateFailsInsteadOfOverwritingTheOtherChange() {
        ComplaintCase saved = cases.save(newCase("K-2026-000001"));
        ComplaintCase mine = cases.findById(saved.getId()).orElseThrow();
        ComplaintCase theirs = cases.findById(saved.getId()).orElseThrow();

        theirs.setStatus(Status.ACKNOWLEDGED);
        cases.update(theirs);
        mine.setStatus(Status.WITHDRAWN);

        assertThatThrownBy(() -> cases.update(mine)).isInstanceOf(OptimisticLockException.class);
        assertThat(cases.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(Status.ACKNOWLEDGED);
    }

    @Test
    void theSameReferenceMayBeUsedByTwoOrganisationsButNotTwiceInOne() {
        cases.save(newCase("K-2026-000002"));
        ComplaintCase other = newCase("K-2026-000002");
        other.setOrganisation("midtjylland");
        cases.save(other);

        assertThat(cases.findByOrganisationAndReference("midtjylland", "K-2026-000002")).isPresent();
        assertThatThrownBy(() -> cases.save(newCase("K-2026-000002"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aCaseKeepsItsTracksDeadlinesAndTrail() {
        long id = cases.save(newCase("K-2026-000003")).getId();

        tracks.replace(id, EnumSet.of(Track.DECISION, Track.SAFETY_CONCERN));
        tracks.replace(id, EnumSet.of(Track.DECISION, Track.CASE_HANDLING));
        CaseDeadline answer = deadlines.save(CaseDeadline.due(id, DeadlineKind.RECONSIDERATION, LocalDate.of(2026, 3, 30)));
        deadlines.update(answer.extendedTo(LocalDate.of(2026, 4, 7), "Afventer udtalelse fra bostedet"));
        events.save(new CaseEvent(null, id, RECEIVED, "borger", "RECEIVED", null, "{\"status\":\"RECEIVED\"}"));
        events.save(new CaseEvent(null, id, RECEIVED, "dan", "ACKNOWLEDGED", "{\"status\":\"RECEIVED\"}", "{\"status\":\"ACKNOWLEDGED\"}"));

        assertThat(tracks.tracksOf(id)).containsExactlyInAnyOrder(Track.DECISION, Track.CASE_HANDLING);
        CaseDeadline extended = deadlines.findByCaseIdAndKind(id, DeadlineKind.RECONSIDERATION).orElseThrow();
        assertThat(extended.dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(extended.originalDueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(extended.extensionReason()).isEqualTo("Afventer udtalelse fra bostedet");
        assertThat(events.findByCaseIdOrderById(id)).extracting(CaseEvent::action).containsExactly("RECEIVED", "ACKNOWLEDGED");
    }

    @Test
    void contactDetailsAreKeptAsTheCipherBytesGivenAndNeverPrinted() {
        ComplaintCase withContact = newCase("K-2026-000004");
        withContact.setContactCiphertext(new byte[] {1, 2, 3, (byte) 0xff});
        withContact.setContactKeyId("k1");
        long id = cases.save(withContact).getId();

        ComplaintCase read = cases.findById(id).orElseThrow();
        assertThat(read.getContactCiphertext()).containsExactly(1, 2, 3, 0xff);
        assertThat(read.toString()).contains("K-2026-000004").doesNotContain("medicin");
        assertThat(read.getContactKeyId()).isEqualTo("k1");
    }

    private static ComplaintCase newCase(String reference) {
        ComplaintCase complaint = new ComplaintCase();
        complaint.setOrganisation("slagelse");
        complaint.setReference(reference);
        complaint.setKind(Kind.KLAGE);
        complaint.setReceivedAt(RECEIVED);
        complaint.setReceivedOn(RECEIVED.toLocalDate());
        complaint.setStatus(Status.RECEIVED);
        complaint.setChannel(Channel.WEB);
        complaint.setComplainantRole(ComplainantRole.CITIZEN);
        complaint.setUnitId("botilbuddet-solvang");
        complaint.setAreaId("socialpsykiatrien");
        complaint.setWhatHappened("Jeg fik ikke min medicin til tiden.");
        complaint.setStatusCodeHash("hash");
        complaint.setTeamId("socialpsykiatrien");
        complaint.setUpdatedAt(RECEIVED);
        return complaint;
    }
}
