package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.mail.ComplainantMail;
import dk.borgerstemme.complaint.mail.MailOutbox;
import dk.borgerstemme.complaint.outbox.OutboxDelivery;
import dk.borgerstemme.complaint.outbox.OutboxMessage;
import dk.borgerstemme.complaint.testing.OutboxRows;
import dk.borgerstemme.complaint.testing.ServiceUnderTest;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptMailTest implements TestPropertyProvider {

    private static final Path MAIL_DIRECTORY = temporaryDirectory();

    // Monday 2 March 2026, 10:00 in Denmark: the answer is due 10 working days later, Monday 16 March.
    private final MutableClock clock = new MutableClock(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant());

    @Inject
    Intake intake;

    @Inject
    Catalogue catalogue;

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    OutboxDelivery delivery;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.properties());
        properties.put("borgerstemme.mail.directory", MAIL_DIRECTORY.toString());
        properties.put("borgerstemme.mail.smtp-host", "");
        properties.put("borgerstemme.public-url", "https://klage.example.dk/");
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
    void aComplainantWithAnEmailAddressGetsOneReceiptWithTheReferenceTheDatesAndTheStatusPageButNotTheCode() throws Exception {
        String key = Submissions.newKey();
        Received received = intake.receive(slagelse(), Submissions.decisionComplaintWithContact(key, LocalDate.of(2026, 2, 20)), "borger", Language.DA);
        Received doubleClick = intake.receive(slagelse(), Submissions.decisionComplaintWithContact(key, LocalDate.of(2026, 2, 20)), "borger", Language.DA);

        assertThat(doubleClick.complaint().getId()).isEqualTo(received.complaint().getId());
        ComplaintCase complaint = cases.findById(received.complaint().getId()).orElseThrow();
        assertThat(complaint.getLanguage()).isEqualTo("da");
        OutboxMessage queued = new OutboxRows(dataSource).ofKind(MailOutbox.KIND).stream().collect(single());
        assertThat(queued.idempotencyKey()).isEqualTo("receipt:" + complaint.getId());
        ComplainantMail mail = json.readValue(queued.payload(), ComplainantMail.class);
        assertThat(mail.subject()).isEqualTo("Vi har modtaget din klage (" + complaint.getReference() + ")");
        assertThat(mail.text())
            .contains("Tak for din klage.")
            .contains("Sagsnummer: " + complaint.getReference() + "\nModtaget: 2. marts 2026")
            .contains("Vi ser på afgørelsen igen senest")
            .contains("Ankestyrelsen")
            .contains("https://klage.example.dk/o/slagelse/klage/status")
            .doesNotContain(received.statusCode().display())
            .doesNotContain(received.statusCode().display().replace("-", ""))
            .doesNotContain("Hanne");

        delivery.deliverDue();

        MimeMessage sent = read(mailFiles().stream().collect(single()));
        assertThat(sent.getAllRecipients()).extracting(Object::toString).containsExactly("hanne@example.org");
        assertThat(sent.getSubject()).contains(complaint.getReference());
    }

    @Test
    void aComplaintFiledInEnglishGetsItsReceiptInEnglish() throws Exception {
        Received received = intake.receive(slagelse(), Submissions.complaintAboutSolvangWithEmail(Submissions.newKey()), "borger", Language.EN);

        assertThat(cases.findById(received.complaint().getId()).orElseThrow().getLanguage()).isEqualTo("en");
        ComplainantMail mail = json.readValue(new OutboxRows(dataSource).ofKind(MailOutbox.KIND).stream().collect(single()).payload(),
            ComplainantMail.class);
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.subject()).isEqualTo("We have received your complaint (" + received.complaint().getReference() + ")");
        assertThat(mail.text())
            .contains("Received: 2 March 2026")
            .contains("You get an answer by 16 March 2026.")
            .contains("https://klage.example.dk/o/slagelse/klage/status?lang=en")
            .doesNotContain(received.statusCode().display());
    }

    @Test
    void anAnonymousComplaintSendsNoMail() {
        Received received = intake.receive(slagelse(), Submissions.anonymousComplaintAboutSolvang(Submissions.newKey()), "borger", Language.DA);

        assertThat(received.complaint().getId()).isNotNull();
        assertThat(new OutboxRows(dataSource).ofKind(MailOutbox.KIND)).isEmpty();
    }

    @Test
    void contactDetailsWithoutAnEmailAddressSendNoMail() {
        intake.receive(slagelse(), Submissions.complaintAboutSolvangWithPhoneOnly(Submissions.newKey()), "borger", Language.DA);

        assertThat(new OutboxRows(dataSource).ofKind(MailOutbox.KIND)).isEmpty();
    }

    private Organisation slagelse() {
        return catalogue.require("slagelse");
    }

    private static <T> java.util.stream.Collector<T, ?, T> single() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
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
            return Files.createTempDirectory("borgerstemme-receipt-mail");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
