package dk.borgerstemme.complaint.followup;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.outbox.Outbox;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * What follows when a case closes. The handling's close operation calls {@link #caseClosed} inside its
 * own transaction, so the request for a "Klagebehandling" survey code is committed exactly when the
 * case is: written to the outbox, keyed by the case id, and delivered by {@link SurveyCodeHandler}.
 * Closing the same case again (after a reopening) asks for no second code.
 */
@Singleton
public class FollowUp {

    public static final String SURVEY_CODE_REQUEST = "SURVEY_CODE_REQUEST";

    private final Outbox outbox;
    private final ContactAccess contacts;

    FollowUp(Outbox outbox, ContactAccess contacts) {
        this.outbox = outbox;
        this.contacts = contacts;
    }

    /**
     * Call within the transaction that closes the case. Returns true when a survey code was requested:
     * only for a complaint (not praise or a suggestion) whose complainant gave an e-mail address.
     */
    @Transactional
    public boolean caseClosed(ComplaintCase complaint) {
        if (complaint.getKind() != Kind.KLAGE || complaint.getId() == null || !hasEmail(complaint)) {
            return false;
        }
        return outbox.enqueue(complaint.getOrganisation(), SURVEY_CODE_REQUEST, String.valueOf(complaint.getId()),
            "{\"caseId\":" + complaint.getId() + "}");
    }

    private boolean hasEmail(ComplaintCase complaint) {
        return contacts.readForDelivery(complaint).map(ContactDetails::hasEmail).orElse(false);
    }
}
