package dk.borgerstemme.complaint.mail;

import io.micronaut.email.Email;

/** Where a composed e-mail goes: an SMTP server, or a file for the demo. */
interface MailTransport {

    /** {@code reference} names the mail for the file transport (the outbox message id); never an address. */
    void send(String reference, Email email) throws Exception;
}
