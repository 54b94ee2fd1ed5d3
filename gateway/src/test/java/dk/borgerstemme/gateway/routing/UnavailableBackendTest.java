package dk.borgerstemme.gateway.routing;

import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.gateway.GatewayTestProperties;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnavailableBackendTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return GatewayTestProperties.withBackendsDown();
    }

    @Test
    void aCitizenWhoseServiceIsDownSeesTheTemporarilyUnavailablePage() {
        HttpResponse<String> page = new Browserless(server.getURI()).get("/o/slagelse/s/enheder");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(page.body())
            .contains("<html lang=\"da\">")
            .contains("<h1>Tjenesten er midlertidigt utilgængelig</h1>")
            .contains("href=\"/o/slagelse\"");
    }

    @Test
    void theUnavailablePageSpeaksEnglishWhenAskedTo() {
        HttpResponse<String> page = new Browserless(server.getURI()).get("/o/slagelse/klage/teams?lang=en");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("<html lang=\"en\">").contains("The service is temporarily unavailable");
    }

    @Test
    void anApiClientGetsAProblemDocument() {
        HttpResponse<String> problem = new Browserless(server.getURI()).getJson("/api/complaints/slagelse/teams");

        assertThat(problem.statusCode()).isEqualTo(503);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.body()).contains("\"status\":503");
    }

    @Test
    void internalAddressesAreNotRouted() {
        HttpResponse<String> page = new Browserless(server.getURI()).get("/internal/surveys/codes");

        assertThat(page.statusCode()).isEqualTo(404);
    }
}
