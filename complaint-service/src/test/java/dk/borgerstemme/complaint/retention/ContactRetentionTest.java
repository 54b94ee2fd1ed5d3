package dk.borgerstemme.complaint.retention;

import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.mail.MailOutbox;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import dk.borgerstemme.complaint.privacy.PreferredChannel;
import dk.borgerstemme.complaint.testing.Cases;
import dk.borgerstemme.complaint.testing.OutboxRows;
import dk.borgerstemme.complaint.testing.SettableClock;
import dk.borgerstemme.complaint.testing.ServiceUnderTest;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Slagelse keeps contact details for two years (P2Y in its catalogue). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactRetentionTest implements TestPropertyProvider {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 3, 0);

    @Inject
    ContactRetention retention;

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    CaseEventRepository events;

    @Inject
    ContactAccess contacts;

    @Inject
    MailOutbox mails;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.properties());
        properties.put("borgerstemme.outbox.enabled", "false");
        properties.put("borgerstemme.retention.enabled", "false");
        return properties;
    }

    @Singleton
    @Replaces(Clock.class)
    Clock clock() {
        return new SettableClock(NOW);
    }

    @Test
    void contactDetailsOfACaseClosedLongerThanTheRetentionPeriodAreErasedAndTheStatisticsStay() {
        ComplaintCase old = ended(Status.CLOSED, LocalDateTime.of(2024, 6, 14, 16, 0));
        ComplaintCase justInside = ended(Status.CLOSED, LocalDateTime.of(2024, 6, 15, 9, 0));
        ComplaintCase stillOpen = cases.save(withContact(Cases.complaint(LocalDateTime.of(2023, 1, 5, 10, 0))));
        ComplaintCase oldWithdrawn = ended(Status.WITHDRAWN, LocalDateTime.of(2023, 2, 1, 10, 0));
        mails.sendToComplainant(old, "reply:" + old.getId(), "Svar", "Kære Jens, her er vores svar.");
        mails.sendToComplainant(justInside, "reply:" + justInside.getId(), "Svar", "Stadig her.");

        assertThat(retention.eraseDue()).isEqualTo(2);

        ComplaintCase erased = cases.findById(old.getId()).orElseThrow();
        assertThat(erased.getContactCiphertext()).isNull();
        assertThat(erased.getContactKeyId()).isNull();
        assertThat(erased.getContactErasedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(erased.getOutcome()).isEqualTo(Outcome.PARTLY_UPHELD);
        assertThat(erased.getRootCause()).isEqualTo("kommunikation-mangelfuld");
        assertThat(erased.getCategory()).isEqualTo("kommunikation");
        assertThat(erased.getUnitId()).isEqualTo("botilbuddet-solvang");
        assertThat(erased.getWhatHappened()).as("case content is not contact details").isEqualTo("Jeg fik ikke min medicin til tiden.");
        assertThat(contacts.readForDelivery(erased)).isEmpty();
        assertThat(events.findByCaseIdOrderById(old.getId())).extracting(CaseEvent::action).containsExactly(ContactRetention.ERASED);
        assertThat(cases.findById(oldWithdrawn.getId()).orElseThrow().getContactCiphertext()).isNull();

        assertThat(cases.findById(justInside.getId()).orElseThrow().getContactCiphertext()).isNotNull();
        assertThat(cases.findById(stillOpen.getId()).orElseThrow().getContactCiphertext()).as("an open case keeps its details").isNotNull();
        assertThat(new OutboxRows(dataSource).ofKind(MailOutbox.KIND))
            .extracting(message -> message.payload() == null ? "erased" : message.payload())
            .containsExactly("erased", new OutboxRows(dataSource).ofKind(MailOutbox.KIND).get(1).payload())
            .last().asString().contains("Stadig her.");
    }

    @Test
    void runningTheErasureAgainChangesNothingAndWritesNoSecondEvent() {
        ComplaintCase old = ended(Status.CLOSED, LocalDateTime.of(2023, 6, 1, 12, 0));
        retention.eraseDue();

        assertThat(retention.eraseDue()).isZero();

        assertThat(events.findByCaseIdOrderById(old.getId())).hasSize(1);
    }

    @Test
    void aStaffEditOfTheCaseReadBeforeTheErasureCannotWriteTheDetailsBack() {
        ComplaintCase old = ended(Status.CLOSED, LocalDateTime.of(2023, 6, 1, 12, 0));
        ComplaintCase readBefore = cases.findById(old.getId()).orElseThrow();

        retention.eraseDue();
        readBefore.setLearning("Vi ringer altid tilbage.");

        assertThatThrownBy(() -> cases.update(readBefore)).isInstanceOf(OptimisticLockException.class);
        assertThat(cases.findById(old.getId()).orElseThrow().getContactCiphertext()).isNull();
    }

    private ComplaintCase ended(Status status, LocalDateTime closedAt) {
        ComplaintCase complaint = withContact(Cases.complaint(closedAt.minusDays(20)));
        complaint.setStatus(status);
        complaint.setCategory("kommunikation");
        if (status == Status.CLOSED) {
            complaint.setClosedAt(closedAt);
            complaint.setOutcome(Outcome.PARTLY_UPHELD);
            complaint.setRootCause("kommunikation-mangelfuld");
            complaint.setLearning("Vi ringer nu altid, når en aftale flyttes.");
        }
        complaint.setUpdatedAt(closedAt);
        return cases.save(complaint);
    }

    private ComplaintCase withContact(ComplaintCase complaint) {
        contacts.store(complaint, new ContactDetails("Jens Hansen", "jens@example.dk", "12345678", null, PreferredChannel.EMAIL));
        return complaint;
    }
}
