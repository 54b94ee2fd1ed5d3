package dk.borgerstemme.complaint.followup;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.mail.MailOutbox;
import dk.borgerstemme.complaint.outbox.OutboxDelivery;
import dk.borgerstemme.complaint.outbox.OutboxMessage;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import dk.borgerstemme.complaint.privacy.PreferredChannel;
import dk.borgerstemme.complaint.testing.Cases;
import dk.borgerstemme.complaint.testing.OutboxRows;
import dk.borgerstemme.complaint.testing.SettableClock;
import dk.borgerstemme.complaint.testing.ServiceUnderTest;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyCodeFollowUpTest implements TestPropertyProvider {

    static final LocalDateTime CLOSED = LocalDateTime.of(2026, 5, 20, 14, 0);
    static final SettableClock CLOCK = new SettableClock(CLOSED);
    static final Path MAIL_DIRECTORY = temporaryDirectory();

    @Inject
    FollowUp followUp;

    @Inject
    OutboxDelivery delivery;

    @Inject
    FakeSurveyService surveyService;

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    ContactAccess contacts;

    @Inject
    DataSource dataSource;

    OutboxRows outbox;

    @Override
    public Map<String, String> getProperties() {
        int port = freePort();
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.properties());
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put("micronaut.http.services.survey-service.url", "http://localhost:" + port);
        properties.put("micronaut.http.services.survey-service.read-timeout", "3s");
        properties.put("borgerstemme.internal.secret", FakeSurveyService.SECRET);
        properties.put("borgerstemme.public-url", "https://borgerstemme.example.dk");
        properties.put("test.fake-survey-service", "true");
        // The fake survey-service answers inside this service, so this service serves an internal API here.
        properties.put("borgerstemme.internal.server.enabled", "true");
        properties.put("borgerstemme.outbox.enabled", "false");
        properties.put("borgerstemme.mail.directory", MAIL_DIRECTORY.toString());
        return properties;
    }

    @Singleton
    @Replaces(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void freshStart() throws IOException {
        outbox = new OutboxRows(dataSource);
        outbox.execute("DELETE FROM outbox_message");
        surveyService.reset();
        CLOCK.set(CLOSED);
        for (Path file : mailFiles()) {
            Files.delete(file);
        }
    }

    @Test
    void aClosedComplaintWithAnEmailAddressGetsTheSurveyLinkAndCodeInItsLanguage() throws Exception {
        ComplaintCase complaint = closedCase(Kind.KLAGE, "jens@example.dk");
        complaint.setLanguage("en");
        cases.update(complaint);

        assertThat(followUp.caseClosed(cases.findById(complaint.getId()).orElseThrow())).isTrue();
        deliverAll();

        assertThat(surveyService.requests).singleElement().satisfies(request -> {
            assertThat(request.get("org")).isEqualTo("slagelse");
            assertThat(request.get("key")).isEqualTo(String.valueOf(complaint.getId()));
            assertThat(request.get("body")).isEqualTo(Map.of("key", String.valueOf(complaint.getId()),
                "unit", "botilbuddet-solvang", "role", "borger", "language", "en"));
        });
        MimeMessage mail = onlyMail();
        assertThat(mail.getSubject()).isEqualTo("What do you think of how we handled your complaint " + complaint.getReference() + "?");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("jens@example.dk");
        assertThat(textOf(mail)).contains("https://borgerstemme.example.dk/o/slagelse/s").contains("KBHX-0001-TEST")
            .doesNotContain("medicin");
    }

    @Test
    void whileSurveyServiceIsDownTheRequestWaitsAndIsDeliveredWhenItIsBack() throws Exception {
        ComplaintCase complaint = closedCase(Kind.KLAGE, "karen@example.dk");
        surveyService.outagesToCome.set(2);

        followUp.caseClosed(complaint);
        delivery.deliverDue();

        OutboxMessage waiting = outbox.ofKind(FollowUp.SURVEY_CODE_REQUEST).get(0);
        assertThat(waiting.isDelivered()).isFalse();
        assertThat(waiting.lastError()).isEqualTo("survey-service answered 503");
        assertThat(mailFiles()).isEmpty();

        CLOCK.advance(Duration.ofMinutes(1));
        delivery.deliverDue();
        CLOCK.advance(Duration.ofMinutes(1));
        deliverAll();

        assertThat(outbox.ofKind(FollowUp.SURVEY_CODE_REQUEST).get(0).attempts()).isEqualTo(3);
        assertThat(surveyService.requests).hasSize(1);
        assertThat(textOf(onlyMail())).contains("KBHX-0001-TEST");
    }

    @Test
    void whenTheAnswerIsLostAndTheRequestRepeatedTheComplainantStillGetsOneMailWithTheSameCode() throws Exception {
        ComplaintCase complaint = closedCase(Kind.KLAGE, "ole@example.dk");
        surveyService.slowAnswersToCome.set(1);

        followUp.caseClosed(complaint);
        delivery.deliverDue();
        assertThat(outbox.ofKind(FollowUp.SURVEY_CODE_REQUEST).get(0).lastError()).isEqualTo("survey-service could not be reached (ReadTimeoutException)");

        CLOCK.advance(Duration.ofMinutes(1));
        deliverAll();

        assertThat(surveyService.requests).as("survey-service answered twice").hasSize(2);
        assertThat(surveyService.codes).hasSize(1);
        assertThat(outbox.ofKind(MailOutbox.KIND)).hasSize(1);
        assertThat(textOf(onlyMail())).contains("KBHX-0001-TEST");
    }

    @Test
    void closingTheSameCaseAgainAfterAReopeningAsksForNoSecondCode() throws Exception {
        ComplaintCase complaint = closedCase(Kind.KLAGE, "lis@example.dk");

        assertThat(followUp.caseClosed(complaint)).isTrue();
        deliverAll();
        assertThat(followUp.caseClosed(complaint)).isFalse();
        deliverAll();

        assertThat(surveyService.requests).hasSize(1);
        assertThat(mailFiles()).hasSize(1);
    }

    @Test
    void praiseAndAnonymousOrPhoneOnlyComplaintsAreNotAskedToRateTheHandling() {
        ComplaintCase praise = closedCase(Kind.ROS, "glad@example.dk");
        ComplaintCase anonymous = cases.save(Cases.complaint(CLOSED.minusDays(10)));
        ComplaintCase phoneOnly = Cases.complaint(CLOSED.minusDays(10));
        contacts.store(phoneOnly, new ContactDetails("Bo", null, "12345678", null, PreferredChannel.PHONE));
        phoneOnly = cases.save(phoneOnly);

        assertThat(followUp.caseClosed(praise)).isFalse();
        assertThat(followUp.caseClosed(anonymous)).isFalse();
        assertThat(followUp.caseClosed(phoneOnly)).isFalse();
        assertThat(outbox.ofKind(FollowUp.SURVEY_CODE_REQUEST)).isEmpty();
    }

    private void deliverAll() {
        for (int round = 0; round < 3; round++) {
            delivery.deliverDue();
        }
    }

    private ComplaintCase closedCase(Kind kind, String email) {
        ComplaintCase complaint = Cases.of(kind, "botilbuddet-solvang", CLOSED.minusDays(10));
        contacts.store(complaint, new ContactDetails("Navn Navnesen", email, null, null, PreferredChannel.EMAIL));
        complaint.setStatus(dk.borgerstemme.complaint.casefile.Status.CLOSED);
        complaint.setClosedAt(CLOSED);
        return cases.save(complaint);
    }

    private static MimeMessage onlyMail() throws Exception {
        List<Path> files = mailFiles();
        assertThat(files).hasSize(1);
        try (InputStream in = Files.newInputStream(files.get(0))) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static String textOf(jakarta.mail.Part part) throws Exception {
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("borgerstemme-followup-mail");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
