package dk.borgerstemme.gateway.ratelimit;

import dk.borgerstemme.gateway.GatewayTestProperties;
import dk.borgerstemme.platform.testing.Browserless;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With no trusted proxy in front (the default), X-Forwarded-For is the client's own claim. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UntrustedForwardedForTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(GatewayTestProperties.withBackendsDown());
        properties.put("borgerstemme.rate-limit.enabled", "true");
        return properties;
    }

    @Test
    void aClientCannotDodgeTheLimitByNamingAnotherAddress() {
        for (int i = 0; i < 10; i++) {
            post(i);
        }

        assertThat(post(99)).isEqualTo(429);
    }

    private int post(int pretendedAddress) {
        return new Browserless(server.getURI()).post("/o/slagelse/klage/status", Map.of("sagsnummer", "K-2026-000001"),
            Map.of("X-Forwarded-For", "198.51.100." + pretendedAddress)).statusCode();
    }
}
