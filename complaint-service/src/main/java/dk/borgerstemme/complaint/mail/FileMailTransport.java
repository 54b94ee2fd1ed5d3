package dk.borgerstemme.complaint.mail;

import io.micronaut.email.Email;
import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.mail.Message;
import jakarta.mail.Session;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Writes each mail as an {@code .eml} file (open it in any mail program) instead of sending it: for
 * {@code ./run.sh} and development, where there is no SMTP server. The file is written under a
 * temporary name and moved into place, so a reader never sees half a mail; the same reference twice
 * writes the same file.
 */
final class FileMailTransport implements MailTransport {

    private final Path directory;
    private final MessageComposer composer;
    private final Session session = Session.getInstance(new Properties());

    FileMailTransport(Path directory, MessageComposer composer) {
        this.directory = directory;
        this.composer = composer;
    }

    Path directory() {
        return directory;
    }

    @Override
    public void send(String reference, Email email) throws Exception {
        Files.createDirectories(directory);
        Message message = composer.compose(email, session);
        message.saveChanges();
        Path target = directory.resolve("mail-" + reference + ".eml");
        Path partial = Files.createTempFile(directory, "mail-", ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
