package dk.borgerstemme.complaint.mail;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One e-mail to a complainant, already written in the case's language ({@code language} is
 * {@code da} or {@code en}). Holds an address: it never goes to a log.
 */
@Serdeable
public record OutgoingMail(String to, String language, String subject, String text) {

    @Override
    public String toString() {
        return "OutgoingMail[" + language + "]";
    }
}
