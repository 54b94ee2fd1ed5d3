package dk.borgerstemme.survey;

import dk.borgerstemme.platform.testing.UsesTestDatabase;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyServiceStartsTest implements UsesTestDatabase {

    @Inject
    DataSource dataSource;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void migratesAnEmptyDatabaseAndReportsReady() throws SQLException {
        String readiness = client.toBlocking().retrieve("/health/readiness");

        assertThat(readiness).contains("\"status\":\"UP\"");
        assertThat(appliedMigrations()).containsExactly("1");
    }

    @Test
    void reportsAliveAndPublishesPrometheusMetrics() {
        assertThat(client.toBlocking().retrieve("/health/liveness")).contains("\"status\":\"UP\"");
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/prometheus").accept("text/plain")))
            .contains("jvm_memory_used_bytes");
    }

    @Test
    void publishesItsOpenApiDocument() {
        String document = client.toBlocking().retrieve("/openapi/borgerstemme-survey-service-1.yml");

        assertThat(document).contains("/api/surveys/{org}/units");
    }

    private List<String> appliedMigrations() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rows = connection.createStatement()
                 .executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }
}
