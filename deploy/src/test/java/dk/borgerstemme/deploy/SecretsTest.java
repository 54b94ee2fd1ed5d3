package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    private static final Set<String> SECRET_KEYS = Set.of("privateKey", "clientSecret", "username", "password", "keys");

    @Test
    void valuesYamlGivesNoSecretAValue() {
        List<String> paths = new ArrayList<>();
        collectKeys(HelmChart.readYaml(HelmChart.CHART.resolve("values.yaml")), "", paths);

        assertThat(paths).noneMatch(path -> SECRET_KEYS.contains(path.substring(path.lastIndexOf('.') + 1)));
    }

    @Test
    void everySecretTheChartMakesHoldsOnlyValuesTheOperatorGave() {
        Manifests manifests = ValueSet.DEFAULTS_WITH_REQUIRED_VALUES.manifests();
        List<String> given = ValueSet.requiredValues().secrets();
        List<String> defaults = new ArrayList<>();
        collectScalars(HelmChart.readYaml(HelmChart.CHART.resolve("values.yaml")), defaults);

        assertThat(manifests.ofKind("Secret")).hasSize(4);
        for (Map<String, Object> secret : manifests.ofKind("Secret")) {
            assertThat(Tree.map(secret)).doesNotContainKey("stringData");
            Tree.map(secret, "data").forEach((key, encoded) -> {
                String value = new String(Base64.getDecoder().decode(String.valueOf(encoded)), StandardCharsets.UTF_8);
                assertThat(value).as("%s of Secret %s", key, Tree.text(secret, "metadata", "name"))
                    .isIn(given)
                    .isNotIn(defaults);
            });
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void secretsReachTheContainersOnlyFromSecretsNeverFromAConfigMap(ValueSet values) {
        Manifests manifests = values.manifests();
        for (Manifests.Container container : manifests.containers()) {
            for (Object entry : Tree.listOrEmpty(container.spec(), "env")) {
                String name = Tree.text(entry, "name");
                // MYSQL_RANDOM_ROOT_PASSWORD is a switch ("yes"): MySQL makes the password itself.
                if (name.matches(".*(PASSWORD|PRIVATE_KEY|SECRET|KEYS|USERNAME|MYSQL_USER)$") && !name.equals("MYSQL_RANDOM_ROOT_PASSWORD")) {
                    assertThat(Tree.has(entry, "valueFrom", "secretKeyRef")).as("%s of %s comes from a Secret", name, container).isTrue();
                }
            }
        }
        for (Map<String, Object> configMap : manifests.ofKind("ConfigMap")) {
            assertThat(Tree.map(configMap, "data").keySet())
                .noneMatch(key -> key.matches(".*(PASSWORD|PRIVATE_KEY|CLIENT_SECRET|ENCRYPTION_KEYS|USERNAME)$"));
            if (values == ValueSet.DEFAULTS_WITH_REQUIRED_VALUES) {
                String content = String.valueOf(Tree.map(configMap, "data").values());
                ValueSet.requiredValues().secrets().forEach(secret -> assertThat(content).doesNotContain(secret.strip()));
            }
        }
    }

    @Test
    void withExistingSecretsTheChartMakesNoSecretAndReadsTheNamedOnes() {
        Manifests production = ValueSet.PRODUCTION.manifests();

        assertThat(production.ofKind("Secret")).isEmpty();
        List<String> referenced = new ArrayList<>();
        for (Manifests.Container container : production.containers()) {
            for (Object entry : Tree.listOrEmpty(container.spec(), "env")) {
                if (Tree.has(entry, "valueFrom", "secretKeyRef")) {
                    referenced.add(Tree.text(entry, "valueFrom", "secretKeyRef", "name") + "/" + Tree.text(entry, "valueFrom", "secretKeyRef", "key"));
                }
            }
        }
        assertThat(referenced).containsExactlyInAnyOrder(
            "borgerstemme-jwt/private-key",
            "borgerstemme-oidc/client-secret",
            "borgerstemme-survey-database/username",
            "borgerstemme-survey-database/password",
            "borgerstemme-complaint-database/username",
            "borgerstemme-complaint-database/password",
            "borgerstemme-encryption/keys");
    }

    @SuppressWarnings("unchecked")
    private static void collectKeys(Object node, String path, List<String> paths) {
        if (node instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((key, value) -> {
                String child = path.isEmpty() ? key : path + "." + key;
                paths.add(child);
                collectKeys(value, child, paths);
            });
        }
    }

    private static void collectScalars(Object node, List<String> scalars) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectScalars(value, scalars));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectScalars(value, scalars));
        } else if (node != null && !String.valueOf(node).isEmpty()) {
            scalars.add(String.valueOf(node));
        }
    }
}
