package dk.borgerstemme.complaint.mail;

import dk.borgerstemme.complaint.outbox.OutboxDelivery;
import dk.borgerstemme.complaint.testing.OutboxRows;
import dk.borgerstemme.platform.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryTest implements TestPropertyProvider {

    static final Path MAIL_DIRECTORY = temporaryDirectory();

    @Inject
    MailOutbox mail;

    @Inject
    OutboxDelivery delivery;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshSchema());
        properties.put("borgerstemme.outbox.enabled", "false");
        properties.put("borgerstemme.mail.directory", MAIL_DIRECTORY.toString());
        properties.put("borgerstemme.mail.smtp-host", "");
        return properties;
    }

    @Test
    void withoutAnSmtpServerEachMailBecomesAFileAUserCanOpenAndTheAddressLeavesTheDatabase() throws Exception {
        mail.send("slagelse", "receipt:1", new OutgoingMail("jens@example.dk", "da", "Vi har modtaget din klage K-2026-000001",
            "Kære klager\n\nTak for din henvendelse. Vi svarer inden for 10 arbejdsdage.\n"));
        mail.send("slagelse", "receipt:1", new OutgoingMail("jens@example.dk", "da", "sent again by a double click", "x"));

        delivery.deliverDue();

        List<Path> files = mailFiles();
        assertThat(files).hasSize(1);
        MimeMessage written = read(files.get(0));
        assertThat(written.getSubject()).isEqualTo("Vi har modtaget din klage K-2026-000001");
        assertThat(written.getAllRecipients()).extracting(Object::toString).containsExactly("jens@example.dk");
        assertThat(written.getFrom()[0].toString()).contains("noreply@borgerstemme.invalid");
        assertThat(textOf(written)).contains("Vi svarer inden for 10 arbejdsdage.");

        assertThat(new OutboxRows(dataSource).ofKind(MailOutbox.KIND)).singleElement().satisfies(message -> {
            assertThat(message.isDelivered()).isTrue();
            assertThat(message.payload()).as("the address is erased once the mail is sent").isNull();
        });
    }

    /** The plain text of a mail, from however many parts it was composed. */
    static String textOf(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return content instanceof String string ? string : "";
    }

    private static List<Path> mailFiles() throws IOException {
        try (Stream<Path> files = Files.list(MAIL_DIRECTORY)) {
            return files.filter(file -> file.toString().endsWith(".eml")).toList();
        }
    }

    private static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("borgerstemme-mail");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
