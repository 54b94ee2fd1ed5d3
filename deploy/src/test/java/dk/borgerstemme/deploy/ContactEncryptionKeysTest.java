package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint service's contact-details keys come from a Secret; the current key id is a setting. */
class ContactEncryptionKeysTest {

    private static final String SERVICE = "borgerstemme-complaint-service";

    @TempDir
    Path work;

    @Test
    void theComplaintServiceReadsTheKeysFromTheEncryptionSecretTheChartMakes() {
        Manifests manifests = ValueSet.DEFAULTS_WITH_REQUIRED_VALUES.manifests();
        Map<String, Object> secret = manifests.named("Secret", SERVICE + "-encryption");
        String keys = new String(Base64.getDecoder().decode(Tree.text(secret, "data", "keys")), StandardCharsets.UTF_8);

        assertThat(keys).startsWith("k1:").isIn(ValueSet.requiredValues().secrets());
        assertThat(keysReference(manifests)).isEqualTo(Map.of("name", SERVICE + "-encryption", "key", "keys"));
        assertThat(Tree.map(manifests.named("ConfigMap", SERVICE), "data")).doesNotContainKey("BORGERSTEMME_ENCRYPTION_KEY_CURRENT");
    }

    @Test
    void withAnExistingSecretTheServiceReadsThatOne() {
        assertThat(keysReference(ValueSet.PRODUCTION.manifests())).isEqualTo(Map.of("name", "borgerstemme-encryption", "key", "keys"));
    }

    @Test
    void theCurrentKeyIdReachesTheServiceAsASetting() {
        Manifests manifests = HelmChart.template(ValueSet.requiredValues().file(),
            values(Map.of("complaintService", Map.of("encryption", Map.of("currentKeyId", "k2")))));

        assertThat(Tree.text(manifests.named("ConfigMap", SERVICE), "data", "BORGERSTEMME_ENCRYPTION_KEY_CURRENT")).isEqualTo("k2");
    }

    @Test
    void keysThatAreNotIdAndBase64Of32BytesAreRefusedBeforeAnythingIsRendered() {
        String refusal = HelmChart.refusal(ValueSet.requiredValues().file(),
            values(Map.of("complaintService", Map.of("encryption", Map.of("keys", "correct horse battery staple")))));

        assertThat(refusal).contains("complaintService.encryption.keys: Does not match pattern");
    }

    private Path values(Map<String, Object> values) {
        Path file = work.resolve("values.yaml");
        HelmChart.writeYaml(new LinkedHashMap<>(values), file);
        return file;
    }

    private static Map<String, Object> keysReference(Manifests manifests) {
        Manifests.Container service = manifests.containers().stream()
            .filter(container -> "complaint-service".equals(container.name()))
            .findFirst().orElseThrow();
        Object entry = Tree.list(service.spec(), "env").stream()
            .filter(candidate -> "BORGERSTEMME_ENCRYPTION_KEYS".equals(Tree.text(candidate, "name")))
            .findFirst().orElseThrow(() -> new AssertionError("complaint-service has no BORGERSTEMME_ENCRYPTION_KEYS"));
        return Tree.map(entry, "valueFrom", "secretKeyRef");
    }
}
