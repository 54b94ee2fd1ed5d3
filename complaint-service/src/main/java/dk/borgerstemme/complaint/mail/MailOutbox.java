package dk.borgerstemme.complaint.mail;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.outbox.Outbox;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends an e-mail to a case's complainant through the outbox: written in the caller's transaction,
 * delivered afterwards with retries by {@link EmailHandler}. The idempotency key names the mail (for
 * example {@code receipt:<case id>}): the same key twice sends one mail.
 */
@Singleton
public class MailOutbox {

    public static final String KIND = "EMAIL";

    private final Outbox outbox;
    private final ObjectMapper json;

    MailOutbox(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Returns false when a mail with this key was already sent or waiting. */
    @Transactional
    public boolean sendToComplainant(ComplaintCase complaint, String idempotencyKey, String subject, String text) {
        ComplainantMail mail = new ComplainantMail(complaint.getId(), MailLanguage.of(complaint).getLanguage(), subject, text);
        return outbox.enqueue(complaint.getOrganisation(), KIND, idempotencyKey, write(mail));
    }

    private String write(ComplainantMail mail) {
        try {
            return json.writeValueAsString(mail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ComplainantMail read(String payload) {
        try {
            return json.readValue(payload, ComplainantMail.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
