package dk.borgerstemme.complaint.privacy;

import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplainantRole;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.platform.testing.UsesTestDatabase;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactDetailsAtRestTest implements UsesTestDatabase {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 9, 30);
    private static final ContactDetails KAREN = new ContactDetails(
        "Karen Æbelø Jørgensen", "karen.jorgensen@example.org", "+45 20 30 40 50", "Skovvej 7, 4200 Slagelse", PreferredChannel.LETTER);

    @Inject
    ComplaintCaseRepository cases;

    @Inject
    CaseEventRepository events;

    @Inject
    ContactAccess contacts;

    @Value("${datasources.default.url}")
    String url;

    @Value("${datasources.default.username}")
    String username;

    @Value("${datasources.default.password:}")
    String password;

    @Test
    void theDatabaseHoldsNoPlaintextOfTheContactDetails() throws SQLException {
        long id = saveWithContact("K-2026-000101");

        byte[] row = rawRow(id);

        for (String detail : List.of("Karen", "Jørgensen", "karen.jorgensen", "example.org", "20 30 40 50", "Skovvej")) {
            assertThat(indexOf(row, detail.getBytes(StandardCharsets.UTF_8))).as(detail).isEqualTo(-1);
            assertThat(indexOf(row, detail.getBytes(StandardCharsets.UTF_16BE))).as(detail).isEqualTo(-1);
        }
        assertThat(contacts.view(cases.findById(id).orElseThrow(), "dan")).contains(KAREN);
    }

    @Test
    void everyViewOfTheDetailsIsInTheAuditTrailWithTheViewerAndWithoutTheDetails() {
        long id = saveWithContact("K-2026-000102");

        contacts.view(cases.findById(id).orElseThrow(), "Dan Caseworker");
        contacts.view(cases.findById(id).orElseThrow(), "Lis Leder");

        List<CaseEvent> trail = events.findByCaseIdOrderById(id);
        assertThat(trail).extracting(CaseEvent::action).containsExactly(ContactAccess.VIEWED, ContactAccess.VIEWED);
        assertThat(trail).extracting(CaseEvent::actor).containsExactly("Dan Caseworker", "Lis Leder");
        assertThat(trail).allSatisfy(event -> {
            assertThat(event.beforeJson()).isNull();
            assertThat(event.afterJson()).isNull();
        });
    }

    @Test
    void anAnonymousCaseHasNoDetailsAndNoViewIsRecorded() {
        ComplaintCase anonymous = newCase("K-2026-000103");
        anonymous.setAnonymous(true);
        long id = cases.save(anonymous).getId();

        assertThat(contacts.view(cases.findById(id).orElseThrow(), "dan")).isEmpty();
        assertThat(events.findByCaseIdOrderById(id)).isEmpty();
    }

    @Test
    void cipherTextCopiedInTheDatabaseFromOneCaseToAnotherDoesNotDecrypt() throws SQLException {
        long karens = saveWithContact("K-2026-000104");
        long other = saveWithContact("K-2026-000105");
        try (Connection connection = DriverManager.getConnection(url, username, password);
             PreparedStatement copy = connection.prepareStatement(
                 "UPDATE complaint_case SET contact_ciphertext = (SELECT c FROM (SELECT contact_ciphertext c FROM complaint_case WHERE id = ?) t) WHERE id = ?")) {
            copy.setLong(1, karens);
            copy.setLong(2, other);
            copy.executeUpdate();
        }

        assertThatThrownBy(() -> contacts.view(cases.findById(other).orElseThrow(), "dan"))
            .isInstanceOf(ContactDecryptionException.class);
        assertThat(events.findByCaseIdOrderById(other)).isEmpty();
    }

    private long saveWithContact(String reference) {
        ComplaintCase complaint = newCase(reference);
        contacts.store(complaint, KAREN);
        return cases.save(complaint).getId();
    }

    private byte[] rawRow(long id) throws SQLException {
        List<byte[]> columns = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, username, password);
             PreparedStatement select = connection.prepareStatement("SELECT * FROM complaint_case WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    byte[] bytes = row.getBytes(column);
                    if (bytes != null) {
                        columns.add(bytes);
                    }
                }
            }
        }
        int length = columns.stream().mapToInt(bytes -> bytes.length + 1).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] bytes : columns) {
            System.arraycopy(bytes, 0, all, at, bytes.length);
            at += bytes.length + 1;
        }
        return all;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static ComplaintCase newCase(String reference) {
        ComplaintCase complaint = new ComplaintCase();
        complaint.setOrganisation("slagelse");
        complaint.setReference(reference);
        complaint.setKind(Kind.KLAGE);
        complaint.setReceivedAt(RECEIVED);
        complaint.setReceivedOn(RECEIVED.toLocalDate());
        complaint.setStatus(Status.RECEIVED);
        complaint.setChannel(Channel.WEB);
        complaint.setComplainantRole(ComplainantRole.RELATIVE);
        complaint.setWhatHappened("Min mor fik ikke sin medicin.");
        complaint.setStatusCodeHash("hash");
        complaint.setTeamId("socialpsykiatrien");
        complaint.setUpdatedAt(RECEIVED);
        return complaint;
    }
}
