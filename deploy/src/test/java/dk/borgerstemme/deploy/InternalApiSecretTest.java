package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared secret of the internal API (the complaint service asking the survey service for a code): one
 * Secret, generated when the operator gives none, reaching exactly the survey and complaint services.
 */
class InternalApiSecretTest {

    static final String GENERATED_NAME = HelmChart.RELEASE + "-internal-api";
    private static final Path WORK = Path.of("target", "chart-values").toAbsolutePath();

    @Test
    void withoutAGivenSecretTheChartGeneratesALongRandomOne() {
        String first = secretValue(ValueSet.DEFAULTS_WITH_REQUIRED_VALUES.manifests());
        String second = secretValue(HelmChart.template(ValueSet.requiredValues().file()));

        assertThat(first).matches("[A-Za-z0-9]{48}");
        // helm template cannot look the installed Secret up, so each render draws anew; an install keeps it by lookup.
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aGivenSecretIsUsedAsItIs() {
        String given = "given-internal-secret-of-at-least-32-characters";
        Manifests manifests = HelmChart.template(ValueSet.requiredValues().file(), values("given", "internalApi:\n  secret: " + given + "\n"));

        assertThat(secretValue(manifests)).isEqualTo(given);
    }

    @Test
    void aShortGivenSecretIsRefusedByTheSchema() {
        assertThat(HelmChart.refusal(ValueSet.requiredValues().file(), values("short", "internalApi:\n  secret: too-short\n")))
            .contains("internalApi");
    }

    @Test
    void theSurveyAndTheComplaintServiceGetTheSecretFromItAndTheGatewayDoesNot() {
        for (ValueSet values : ValueSet.values()) {
            String secretName = values == ValueSet.PRODUCTION ? "borgerstemme-internal-api" : GENERATED_NAME;
            List<String> receivers = new ArrayList<>();
            for (Manifests.Container container : values.manifests().containers()) {
                for (Object entry : Tree.listOrEmpty(container.spec(), "env")) {
                    if ("BORGERSTEMME_INTERNAL_SECRET".equals(Tree.text(entry, "name"))) {
                        assertThat(Tree.text(entry, "valueFrom", "secretKeyRef", "name")).as("with %s", values).isEqualTo(secretName);
                        assertThat(Tree.text(entry, "valueFrom", "secretKeyRef", "key")).isEqualTo("secret");
                        receivers.add(container.name());
                    }
                }
            }
            assertThat(receivers).as("with %s", values).containsExactlyInAnyOrder("survey-service", "complaint-service");
        }
    }

    @Test
    void withAnExistingSecretTheChartMakesNone() {
        assertThat(ValueSet.PRODUCTION.manifests().ofKind("Secret"))
            .noneMatch(secret -> Tree.text(secret, "metadata", "name").contains("internal-api"));
    }

    @Test
    void theSurveyServicePrintsThePublicHostInItsLetters() {
        Map<String, Object> settings = ValueSet.DEFAULTS_WITH_REQUIRED_VALUES.manifests().ofKind("ConfigMap").stream()
            .filter(configMap -> Tree.text(configMap, "metadata", "name").equals(HelmChart.RELEASE + "-survey-service"))
            .findFirst().map(configMap -> Tree.map(configMap, "data")).orElseThrow();

        assertThat(settings).containsEntry("BORGERSTEMME_PUBLIC_URL", "https://" + RequiredValues.HOST);
    }

    private static String secretValue(Manifests manifests) {
        Map<String, Object> secret = manifests.ofKind("Secret").stream()
            .filter(candidate -> Tree.text(candidate, "metadata", "name").equals(GENERATED_NAME))
            .findFirst().orElseThrow(() -> new AssertionError("no Secret " + GENERATED_NAME));
        return new String(Base64.getDecoder().decode(Tree.text(secret, "data", "secret")), StandardCharsets.UTF_8);
    }

    private static Path values(String name, String yaml) {
        try {
            Files.createDirectories(WORK);
            Path file = WORK.resolve("internal-api-" + name + ".yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
