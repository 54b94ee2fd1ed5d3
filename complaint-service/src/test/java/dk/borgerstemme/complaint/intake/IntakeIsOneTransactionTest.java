package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.platform.testing.UsesTestDatabase;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeIsOneTransactionTest implements UsesTestDatabase {

    @Inject
    Intake intake;

    @Inject
    Catalogue catalogue;

    @Value("${datasources.default.url}")
    String url;

    @Value("${datasources.default.username}")
    String username;

    @Value("${datasources.default.password:}")
    String password;

    /** The audit trail fails as the last write of an intake. */
    @MockBean(CaseEventRepository.class)
    CaseEventRepository failingTrail() {
        return new CaseEventRepository() {
            @Override
            public CaseEvent save(CaseEvent event) {
                throw new IllegalStateException("the audit trail is unavailable");
            }

            @Override
            public List<CaseEvent> findByCaseIdOrderById(long caseId) {
                return List.of();
            }
        };
    }

    @Test
    void anIntakeThatFailsAtItsLastStepLeavesNoCaseNoTrackNoClockNoMailAndUsesNoNumber() throws SQLException {
        assertThatThrownBy(() -> intake.receive(catalogue.require("slagelse"),
            Submissions.decisionComplaintWithContact(Submissions.newKey(), null), "borger", Language.DA))
            .hasMessageContaining("audit trail is unavailable");

        for (String table : List.of("complaint_case", "complaint_track", "complaint_deadline", "complaint_event", "outbox_message")) {
            assertThat(count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertThat(count("SELECT COALESCE(SUM(last_number), 0) FROM complaint_reference")).as("numbers used").isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
