package dk.borgerstemme.complaint.mail;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.outbox.DeliveryFailure;
import dk.borgerstemme.complaint.outbox.OutboxHandler;
import dk.borgerstemme.complaint.outbox.OutboxMessage;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import io.micronaut.email.BodyType;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Delivers the outbox's e-mails to the address in the case's encrypted contact details. A case without
 * an e-mail address (anonymous, or erased after the retention period) gets no mail: the message is
 * then done, not retried. The payload is cleared once delivered.
 */
@Singleton
class EmailHandler implements OutboxHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EmailHandler.class);

    private final MailTransport transport;
    private final MailSettings settings;
    private final MailOutbox mails;
    private final ComplaintCaseRepository cases;
    private final ContactAccess contacts;

    EmailHandler(MailTransport transport, MailSettings settings, MailOutbox mails, ComplaintCaseRepository cases,
                 ContactAccess contacts) {
        this.transport = transport;
        this.settings = settings;
        this.mails = mails;
        this.cases = cases;
        this.contacts = contacts;
    }

    @Override
    public String kind() {
        return MailOutbox.KIND;
    }

    @Override
    public boolean payloadIsPersonal() {
        return true;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        if (message.payload() == null) {
            LOG.info("E-mail {} was erased before it could be sent", message.id());
            return;
        }
        ComplainantMail mail = mails.read(message.payload());
        Optional<String> address = cases.findById(mail.caseId())
            .flatMap(this::emailOf);
        if (address.isEmpty()) {
            LOG.info("E-mail {} not sent: case {} has no e-mail address (anonymous or erased)", message.id(), mail.caseId());
            return;
        }
        Email email = Email.builder()
            .from(new Contact(settings.getFrom(), settings.getFromName()))
            .to(address.get())
            .subject(mail.subject())
            .body(mail.text(), BodyType.TEXT)
            .build();
        try {
            transport.send(String.valueOf(message.id()), email);
        } catch (Exception e) {
            throw new DeliveryFailure("The e-mail could not be sent", e);
        }
    }

    private Optional<String> emailOf(ComplaintCase complaint) {
        return contacts.readForDelivery(complaint).map(ContactDetails::email);
    }
}
