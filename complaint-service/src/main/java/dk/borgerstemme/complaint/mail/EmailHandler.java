package dk.borgerstemme.complaint.mail;

import dk.borgerstemme.complaint.outbox.DeliveryFailure;
import dk.borgerstemme.complaint.outbox.OutboxHandler;
import dk.borgerstemme.complaint.outbox.OutboxMessage;
import io.micronaut.email.BodyType;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

/** Delivers the outbox's e-mails; their payload holds an address, so it is cleared once sent. */
@Singleton
class EmailHandler implements OutboxHandler {

    private final MailTransport transport;
    private final MailSettings settings;
    private final ObjectMapper json;

    EmailHandler(MailTransport transport, MailSettings settings, ObjectMapper json) {
        this.transport = transport;
        this.settings = settings;
        this.json = json;
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
            throw new DeliveryFailure("The e-mail's payload was erased before it could be sent");
        }
        OutgoingMail mail = MailOutbox.open(json, message.payload());
        Email email = Email.builder()
            .from(new Contact(settings.getFrom(), settings.getFromName()))
            .to(mail.to())
            .subject(mail.subject())
            .body(mail.text(), BodyType.TEXT)
            .build();
        try {
            transport.send(String.valueOf(message.id()), email);
        } catch (Exception e) {
            throw new DeliveryFailure("The e-mail could not be sent", e);
        }
    }
}
