package dk.borgerstemme.complaint;

import dk.borgerstemme.platform.testing.MigrationHistory;
import dk.borgerstemme.platform.testing.UsesTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintServiceStartsTest implements UsesTestDatabase {

    @Inject
    DataSource dataSource;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void migratesAnEmptyDatabaseAndReportsReady() throws SQLException {
        String readiness = client.toBlocking().retrieve("/health/readiness");

        assertThat(readiness).contains("\"status\":\"UP\"");
        assertThat(MigrationHistory.appliedVersions(dataSource)).startsWith("1", "2");
    }

    @Test
    void reportsAliveAndPublishesPrometheusMetrics() {
        assertThat(client.toBlocking().retrieve("/health/liveness")).contains("\"status\":\"UP\"");
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/prometheus").accept("text/plain")))
            .contains("jvm_memory_used_bytes");
    }

    @Test
    void publishesItsOpenApiDocument() {
        String document = client.toBlocking().retrieve("/openapi/borgerstemme-complaint-service-1.yml");

        assertThat(document).contains("/api/complaints/{org}/teams");
    }
}
