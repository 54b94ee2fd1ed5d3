package dk.borgerstemme.complaint.mail;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An e-mail to the complainant of a case, already written in the case's language. It holds no address:
 * the address is read from the case's encrypted contact details when the mail is delivered, so it is
 * never copied out of the case, and a mail still waiting when the retention period erases the contact
 * details is not sent at all.
 */
@Serdeable
public record ComplainantMail(long caseId, String language, String subject, String text) {

    @Override
    public String toString() {
        return "ComplainantMail[case " + caseId + ", " + language + "]";
    }
}
