package dk.borgerstemme.platform.security.internal;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InternalSecretsTest {

    @Test
    void theRightSecretProvesTheCallerNamedInTheCredential() {
        try (ApplicationContext context = run(Map.of("borgerstemme.internal.secret", "s3cret"))) {
            InternalSecrets secrets = context.getBean(InternalSecrets.class);

            assertThat(secrets.callerOf("complaint-service:s3cret")).contains("complaint-service");
            assertThat(secrets.callerOf("complaint-service:s3cret!")).isEmpty();
            assertThat(secrets.callerOf("complaint-service:")).isEmpty();
            assertThat(secrets.callerOf("s3cret")).isEmpty();
            assertThat(secrets.callerOf(":s3cret")).isEmpty();
            assertThat(secrets.callerOf("Not A Name:s3cret")).isEmpty();
            assertThat(secrets.callerOf(null)).isEmpty();
        }
    }

    @Test
    void aCallerWithASecretOfItsOwnIsProvedOnlyByThatSecret() {
        try (ApplicationContext context = run(Map.of("borgerstemme.internal.secret", "shared",
            "borgerstemme.internal.clients.complaint-service", "its-own"))) {
            InternalSecrets secrets = context.getBean(InternalSecrets.class);

            assertThat(secrets.callerOf("complaint-service:its-own")).contains("complaint-service");
            assertThat(secrets.callerOf("complaint-service:shared")).isEmpty();
            assertThat(secrets.callerOf("report-service:shared")).contains("report-service");
            assertThat(secrets.secretOf("complaint-service")).isEqualTo("its-own");
        }
    }

    @Test
    void secretsAreComparedWhateverTheirLength() {
        assertThat(InternalSecrets.sameSecret("abc", "abc")).isTrue();
        assertThat(InternalSecrets.sameSecret("abc", "abcd")).isFalse();
        assertThat(InternalSecrets.sameSecret("abc", "")).isFalse();
    }

    @Test
    void aServiceServingTheInternalApiRefusesToStartWithoutASecretOutsideDevelopment() {
        assertThatThrownBy(() -> run(Map.of(InternalApi.SERVER_ENABLED, "true")).close())
            .hasStackTraceContaining("The internal API needs a shared secret: set BORGERSTEMME_INTERNAL_SECRET");
    }

    @Test
    void theDemoEnvironmentFallsBackToTheFixedDevelopmentSecret() {
        try (ApplicationContext context = ApplicationContext.builder("demo").properties(Map.of(InternalApi.SERVER_ENABLED, "true")).start()) {
            assertThat(context.getBean(InternalSecrets.class).callerOf("complaint-service:" + InternalSecrets.DEVELOPMENT_SECRET))
                .contains("complaint-service");
        }
    }

    @Test
    void aCallerWithoutAConfiguredSecretGetsAClearErrorWhenItTriesToCall() {
        try (ApplicationContext context = run(Map.of())) {
            assertThatThrownBy(() -> context.getBean(InternalSecrets.class).secretOf("complaint-service"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("BORGERSTEMME_INTERNAL_SECRET");
        }
    }

    private static ApplicationContext run(Map<String, Object> properties) {
        return ApplicationContext.builder(Environment.TEST).properties(properties).start();
    }
}
