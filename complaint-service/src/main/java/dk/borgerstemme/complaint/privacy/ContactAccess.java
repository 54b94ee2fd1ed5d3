package dk.borgerstemme.complaint.privacy;

import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The only way to a case's contact details. Writing encrypts them onto the case; reading decrypts and
 * adds a {@value #VIEWED} event to the case's audit trail naming who looked (never what they saw).
 */
@Singleton
public class ContactAccess {

    public static final String VIEWED = "CONTACT_VIEWED";

    private final ContactCipher cipher;
    private final CaseEventRepository events;
    private final Clock clock;

    ContactAccess(ContactCipher cipher, CaseEventRepository events, Clock clock) {
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** Puts the details, encrypted for this case, onto the case (saving the case is the caller's). */
    public void store(ComplaintCase complaint, ContactDetails details) {
        SealedContact sealed = cipher.seal(details, complaint.getOrganisation(), complaint.getReference());
        complaint.setContactCiphertext(sealed.ciphertext());
        complaint.setContactKeyId(sealed.keyId());
    }

    /** The case's contact details for {@code actor}, audited; empty when the case has none (anonymous or erased). */
    @Transactional
    public Optional<ContactDetails> view(ComplaintCase complaint, String actor) {
        Optional<ContactDetails> details = read(complaint);
        if (details.isPresent()) {
            events.save(new CaseEvent(null, complaint.getId(), LocalDateTime.now(clock), actor, VIEWED, null, null));
        }
        return details;
    }

    /**
     * The details for the service's own use — sending the citizen a receipt, a reply or a survey code —
     * which is not a person viewing them and so is not audited as a view.
     */
    public Optional<ContactDetails> readForDelivery(ComplaintCase complaint) {
        return read(complaint);
    }

    private Optional<ContactDetails> read(ComplaintCase complaint) {
        if (complaint.getContactCiphertext() == null || complaint.getContactKeyId() == null) {
            return Optional.empty();
        }
        return Optional.of(cipher.open(new SealedContact(complaint.getContactCiphertext(), complaint.getContactKeyId()),
            complaint.getOrganisation(), complaint.getReference()));
    }
}
