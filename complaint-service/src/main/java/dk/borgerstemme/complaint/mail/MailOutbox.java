package dk.borgerstemme.complaint.mail;

import dk.borgerstemme.complaint.outbox.Outbox;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends an e-mail through the outbox: written in the caller's transaction, delivered afterwards with
 * retries by {@link EmailHandler}. The idempotency key names the mail (for example
 * {@code receipt:<case id>}): the same key twice sends one mail.
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
    public boolean send(String organisation, String idempotencyKey, OutgoingMail mail) {
        return outbox.enqueue(organisation, KIND, idempotencyKey, MailPayload.seal(json, mail));
    }

    static OutgoingMail open(ObjectMapper json, String payload) {
        return MailPayload.open(json, payload);
    }

    /** The payload as stored. */
    static final class MailPayload {
        private MailPayload() {
        }

        static String seal(ObjectMapper json, OutgoingMail mail) {
            try {
                return json.writeValueAsString(mail);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static OutgoingMail open(ObjectMapper json, String payload) {
            try {
                return json.readValue(payload, OutgoingMail.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
