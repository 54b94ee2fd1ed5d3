package dk.borgerstemme.survey;

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
        assertThat(MigrationHistory.appliedVersions(dataSource)).containsExactlyElementsOf(shippedMigrationVersions());
    }

    /** The versions of the migrations in the jar, in order: every one of them must have been applied. */
    private static java.util.List<String> shippedMigrationVersions() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
            java.nio.file.Path.of(SurveyServiceStartsTest.class.getClassLoader().getResource("db/migration").toURI()))) {
            return files.map(file -> file.getFileName().toString())
                .filter(name -> name.matches("V\\d+__.*\\.sql"))
                .map(name -> name.substring(1, name.indexOf("__")))
                .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                .toList();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
}
