package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** values.schema.json refuses bad values before anything is rendered, and says which and why. */
class ValuesSchemaTest {

    @TempDir
    Path work;

    @Test
    void aNegativeReplicaCountIsRefusedWithAMessageNamingTheValueAndTheRule() {
        String refusal = refusalWith(Map.of("surveyService", Map.of("replicaCount", -1)));

        assertThat(refusal)
            .contains("values don't meet the specifications of the schema(s)")
            .contains("- surveyService.replicaCount: Must be greater than or equal to 1");
    }

    @Test
    void installingWithoutTheRequiredValuesListsEachMissingOne() {
        String refusal = HelmChart.refusal();

        assertThat(refusal)
            .contains("- image: registry is required")
            .contains("- gateway.jwt: privateKey is required")
            .contains("- surveyService.database: password is required")
            .contains("- complaintService.encryption: keys is required");
    }

    @Test
    void aSigningKeyInTheWrongFormatIsRefused() {
        String refusal = refusalWith(Map.of("gateway", Map.of("jwt", Map.of(
            "privateKey", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n"))));

        assertThat(refusal).contains("- gateway.jwt.privateKey: Does not match pattern '-----BEGIN PRIVATE KEY-----'");
    }

    @Test
    void anExternalDatabaseWithoutItsUrlIsRefused() {
        String refusal = refusalWith(Map.of("surveyService", Map.of("mysql", Map.of("enabled", false))));

        assertThat(refusal).contains("- surveyService.database.url: String length must be greater than or equal to 1");
    }

    @Test
    void openIdConnectWithoutItsIssuerClientAndSecretIsRefused() {
        String refusal = refusalWith(Map.of("gateway", Map.of("oidc", Map.of("enabled", true))));

        assertThat(refusal)
            .contains("- gateway.oidc.issuer: String length must be greater than or equal to 1")
            .contains("- gateway.oidc.clientId: String length must be greater than or equal to 1")
            .contains("- gateway.oidc: clientSecret is required");
    }

    @Test
    void aMisspelledValueIsRefusedRatherThanSilentlyIgnored() {
        String refusal = refusalWith(Map.of("gateway", Map.of("replicas", 3)));

        assertThat(refusal).contains("- gateway: Additional property replicas is not allowed");
    }

    @Test
    void aRootUserIsRefused() {
        String refusal = refusalWith(Map.of("securityContext", Map.of("runAsUser", 0)));

        assertThat(refusal).contains("- securityContext.runAsUser: Must be greater than or equal to 1");
    }

    @Test
    void aTerminationGracePeriodTooShortForTheShutdownIsRefusedWithTheReason() {
        String refusal = refusalWith(Map.of("shutdown", Map.of("terminationGracePeriodSeconds", 20)));

        assertThat(refusal).contains("shutdown.terminationGracePeriodSeconds (20) must be more than "
            + "shutdown.preStopSleepSeconds (10) + shutdown.gracePeriodSeconds (20)");
    }

    @Test
    void anAutoscalerWhoseMaximumIsBelowItsMinimumIsRefused() {
        String refusal = refusalWith(Map.of("gateway", Map.of("autoscaling", Map.of("minReplicas", 4, "maxReplicas", 2))));

        assertThat(refusal).contains("gateway: autoscaling.maxReplicas (2) must not be below autoscaling.minReplicas (4)");
    }

    private String refusalWith(Map<String, Object> values) {
        Path file = work.resolve("values.yaml");
        HelmChart.writeYaml(new java.util.LinkedHashMap<>(values), file);
        return HelmChart.refusal(ValueSet.requiredValues().file(), file);
    }
}
