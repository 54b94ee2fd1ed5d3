package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import jakarta.inject.Singleton;

/**
 * The e-mail receipt to a complainant who gave an address: the reference and what happens next (never
 * the status code). It must be written to the transactional outbox ({@code complaint.outbox.Outbox},
 * branch complaint-followup) in the intake's transaction. OPEN: that outbox has not landed on this
 * branch yet, so this is the one call site that sends nothing until it is wired to {@code Outbox.enqueue}.
 */
@Singleton
class ReceiptMail {

    static final String OUTBOX_KIND = "intake-receipt";

    void enqueue(ComplaintCase complaint, ContactDetails contact) {
        // Wire to Outbox.enqueue(organisation, OUTBOX_KIND, reference, payload) when complaint-followup lands.
    }
}
