package dk.borgerstemme.complaint.mail;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.outbox.OutboxDelivery;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import dk.borgerstemme.complaint.privacy.PreferredChannel;
import dk.borgerstemme.complaint.testing.Cases;
import dk.borgerstemme.complaint.testing.OutboxRows;
import dk.borgerstemme.complaint.testing.ServiceUnderTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
    ComplaintCaseRepository cases;

    @Inject
    ContactAccess contacts;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.properties());
        properties.put("borgerstemme.outbox.enabled", "false");
        properties.put("borgerstemme.mail.directory", MAIL_DIRECTORY.toString());
        properties.put("borgerstemme.mail.smtp-host", "");
        return properties;
    }

    @BeforeEach
    void noMailYet() throws IOException {
        for (Path file : mailFiles()) {
            Files.delete(file);
        }
        new OutboxRows(dataSource).execute("DELETE FROM outbox_message");
    }

    @Test
    void withoutAnSmtpServerEachMailBecomesAFileAUserCanOpenAndTheTextLeavesTheDatabase() throws Exception {
        ComplaintCase complaint = caseWithEmail("jens@example.dk");
        mail.sendToComplainant(complaint, "receipt:" + complaint.getId(), "Vi har modtaget din klage " + complaint.getReference(),
            "Tak for din henvendelse. Vi svarer inden for 10 arbejdsdage.\n");
        mail.sendToComplainant(complaint, "receipt:" + complaint.getId(), "sent again by a double click", "x");

        delivery.deliverDue();

        List<Path> files = mailFiles();
        assertThat(files).hasSize(1);
        MimeMessage written = read(files.get(0));
        assertThat(written.getSubject()).isEqualTo("Vi har modtaget din klage " + complaint.getReference());
        assertThat(written.getAllRecipients()).extracting(Object::toString).containsExactly("jens@example.dk");
        assertThat(written.getFrom()[0].toString()).contains("noreply@borgerstemme.invalid");
        assertThat(textOf(written)).contains("Vi svarer inden for 10 arbejdsdage.");

        assertThat(new OutboxRows(dataSource).ofKind(MailOutbox.KIND)).singleElement().satisfies(message -> {
            assertThat(message.isDelivered()).isTrue();
            assertThat(message.payload()).as("the mail is erased once sent").isNull();
        });
    }

    @Test
    void theAddressIsNeverCopiedIntoTheOutbox() {
        ComplaintCase complaint = caseWithEmail("karen@example.dk");

        mail.sendToComplainant(complaint, "reply:1", "Svar på din klage", "Her er vores svar.");

        assertThat(new OutboxRows(dataSource).ofKind(MailOutbox.KIND)).singleElement()
            .satisfies(message -> assertThat(message.payload()).doesNotContain("karen").contains("Her er vores svar."));
    }

    @Test
    void aCaseWhoseContactDetailsWereErasedGetsNoMailAndTheMessageIsNotRetried() throws IOException {
        ComplaintCase complaint = caseWithEmail("ole@example.dk");
        mail.sendToComplainant(complaint, "late:" + complaint.getId(), "Emne", "Tekst");
        ComplaintCase erased = cases.findById(complaint.getId()).orElseThrow();
        erased.setContactCiphertext(null);
        erased.setContactKeyId(null);
        cases.update(erased);

        delivery.deliverDue();

        assertThat(mailFiles()).isEmpty();
        assertThat(new OutboxRows(dataSource).ofKind(MailOutbox.KIND)).singleElement().satisfies(message -> {
            assertThat(message.isDelivered()).isTrue();
            assertThat(message.payload()).isNull();
        });
    }

    private ComplaintCase caseWithEmail(String email) {
        ComplaintCase complaint = Cases.complaint(LocalDateTime.of(2026, 5, 4, 9, 0));
        contacts.store(complaint, new ContactDetails("Jens Hansen", email, null, null, PreferredChannel.EMAIL));
        return cases.save(complaint);
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

    static List<Path> mailFiles() throws IOException {
        try (Stream<Path> files = Files.list(MAIL_DIRECTORY)) {
            return files.filter(file -> file.toString().endsWith(".eml")).toList();
        }
    }

    static MimeMessage read(Path file) throws Exception {
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
