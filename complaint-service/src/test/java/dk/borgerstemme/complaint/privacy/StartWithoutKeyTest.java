package dk.borgerstemme.complaint.privacy;

import dk.borgerstemme.platform.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartWithoutKeyTest {

    @Test
    void onAnExternalDatabaseWithoutAContactKeyTheServiceDoesNotStartAndTheOperatorIsToldWhatToSet() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshSchema());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.jwks.gateway.url", "http://127.0.0.1:9/keys");

        // Without the "test" environment, whose configuration names a test key.
        assertThatThrownBy(() -> ApplicationContext.builder().deduceEnvironment(false).properties(properties).start().close())
            .hasStackTraceContaining("No key to encrypt complainants' contact details is configured")
            .hasStackTraceContaining("BORGERSTEMME_ENCRYPTION_KEYS");
    }
}
