package dk.borgerstemme.complaint.retention;

import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.mail.MailOutbox;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Erases the contact details of cases that ended longer than the organisation's
 * {@code personalDataRetention} ago: the cipher text and key id become NULL (not hidden: gone), the
 * case's e-mails still in the outbox lose their text, {@code contact_erased_on} records the day, and
 * the audit trail gets a {@code CONTACT_ERASED} event. Everything the figures count (kind, unit,
 * category, tracks, deadlines, outcome, root cause, learning) stays. What the citizen wrote and the
 * replies are case content and stay as well.
 */
@Singleton
public class ContactRetention {

    public static final String ERASED = "CONTACT_ERASED";
    static final String ACTOR = "system:retention";
    private static final Logger LOG = LoggerFactory.getLogger(ContactRetention.class);

    private final Catalogue catalogue;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final CaseEventRepository events;
    private final Clock clock;

    ContactRetention(Catalogue catalogue, JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                     CaseEventRepository events, Clock clock) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Erases what is due in every organisation; returns the number of cases erased. */
    public int eraseDue() {
        int erased = 0;
        for (Organisation organisation : catalogue.organisations()) {
            erased += eraseDue(organisation);
        }
        return erased;
    }

    int eraseDue(Organisation organisation) {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime endedBefore = today.minus(organisation.personalDataRetention()).atStartOfDay();
        List<Long> due = transactions.executeRead(status -> dueCases(organisation.shortName(), endedBefore));
        int erased = 0;
        for (long caseId : due) {
            if (Boolean.TRUE.equals(transactions.executeWrite(status -> erase(caseId, endedBefore, today)))) {
                erased++;
            }
        }
        if (erased > 0) {
            LOG.info("Erased the contact details of {} cases of {} that ended before {}", erased, organisation.shortName(), endedBefore.toLocalDate());
        }
        return erased;
    }

    /** Cases that ended (closed, withdrawn or merged) before the cut-off and still hold contact details. */
    private List<Long> dueCases(String organisation, LocalDateTime endedBefore) {
        return jdbc.prepareStatement("""
                SELECT id FROM complaint_case
                WHERE organisation = ? AND status IN ('CLOSED', 'WITHDRAWN', 'MERGED')
                  AND COALESCE(closed_at, updated_at) < ?
                  AND (contact_ciphertext IS NOT NULL OR contact_key_id IS NOT NULL)
                ORDER BY id""", (PreparedStatement statement) -> {
            statement.setString(1, organisation);
            statement.setTimestamp(2, Timestamp.valueOf(endedBefore));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    /**
     * The conditions are checked again in the update, so a case reopened in the meantime keeps its
     * details; the version moves on, so a staff member's edit of the case read before the erasure fails
     * as stale instead of writing the details back.
     */
    private boolean erase(long caseId, LocalDateTime endedBefore, LocalDate today) {
        int updated = jdbc.prepareStatement("""
                UPDATE complaint_case
                SET contact_ciphertext = NULL, contact_key_id = NULL, contact_erased_on = ?, version = version + 1
                WHERE id = ? AND status IN ('CLOSED', 'WITHDRAWN', 'MERGED') AND COALESCE(closed_at, updated_at) < ?
                  AND (contact_ciphertext IS NOT NULL OR contact_key_id IS NOT NULL)""", (PreparedStatement statement) -> {
            statement.setDate(1, Date.valueOf(today));
            statement.setLong(2, caseId);
            statement.setTimestamp(3, Timestamp.valueOf(endedBefore));
            return statement.executeUpdate();
        });
        if (updated == 0) {
            return false;
        }
        jdbc.prepareStatement("""
                UPDATE outbox_message SET payload = NULL
                WHERE kind = ? AND payload LIKE ?""", (PreparedStatement statement) -> {
            // The payload is a ComplainantMail as JSON, whose first field is the case id.
            statement.setString(1, MailOutbox.KIND);
            statement.setString(2, "{\"caseId\":" + caseId + ",%");
            return statement.executeUpdate();
        });
        events.save(new CaseEvent(null, caseId, LocalDateTime.now(clock), ACTOR, ERASED, null,
            "{\"contactErasedOn\":\"" + today + "\"}"));
        return true;
    }
}
