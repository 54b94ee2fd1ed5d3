package dk.borgerstemme.complaint.mail;

import io.micronaut.email.Email;
import io.micronaut.email.javamail.sender.JavaxEmailSender;

/** Hands the mail to the configured SMTP server through Micronaut Email's JavaMail sender. */
final class SmtpMailTransport implements MailTransport {

    private final JavaxEmailSender sender;

    SmtpMailTransport(JavaxEmailSender sender) {
        this.sender = sender;
    }

    @Override
    public void send(String reference, Email email) {
        sender.send(email);
    }
}
