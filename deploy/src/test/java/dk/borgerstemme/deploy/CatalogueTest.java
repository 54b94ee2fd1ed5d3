package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisations' catalogue reaches all three services as files in the folders they read. */
class CatalogueTest {

    @Test
    void everyServiceMountsTheCatalogueWithEachFileInItsFolder() {
        Manifests production = ValueSet.PRODUCTION.manifests();
        Map<String, Object> catalogue = production.named("ConfigMap", "borgerstemme-catalogue");

        assertThat(Tree.map(catalogue, "data")).containsOnlyKeys("organisation-eksempel.yml");
        assertThat(Tree.text(catalogue, "data", "organisation-eksempel.yml")).startsWith("shortName: eksempel\n");
        for (Manifests.Container container : production.containers()) {
            assertThat(Tree.list(container.spec(), "volumeMounts"))
                .as("mounts of %s", container)
                .anySatisfy(mount -> {
                    assertThat(Tree.text(mount, "name")).isEqualTo("catalogue");
                    assertThat(Tree.text(mount, "mountPath")).isEqualTo("/etc/borgerstemme/catalogue");
                    assertThat(Tree.at(mount, "readOnly")).isEqualTo(true);
                });
            Map<String, Object> volume = Tree.list(container.workload().podSpec(), "volumes").stream()
                .map(Tree::map)
                .filter(candidate -> "catalogue".equals(Tree.text(candidate, "name")))
                .findFirst().orElseThrow();
            assertThat(Tree.list(volume, "configMap", "items"))
                .containsExactly(Map.of("key", "organisation-eksempel.yml", "path", "organisations/eksempel.yml"));
            assertThat(settingOf(production, container, "BORGERSTEMME_CATALOGUE_DIR")).isEqualTo("/etc/borgerstemme/catalogue");
            assertThat(Tree.map(container.workload().podTemplate(), "metadata", "annotations"))
                .as("a changed catalogue restarts %s", container)
                .containsKey("checksum/catalogue");
        }
    }

    @Test
    void withoutOrganisationsTheServicesUseTheCatalogueShippedInTheirJars() {
        Manifests development = ValueSet.DEVELOPMENT.manifests();

        assertThat(development.ofKind("ConfigMap"))
            .extracting(configMap -> Tree.text(configMap, "metadata", "name"))
            .doesNotContain("borgerstemme-catalogue");
        for (Manifests.Container container : development.containers()) {
            if (!"mysql".equals(container.name())) {
                assertThat(settingOf(development, container, "BORGERSTEMME_CATALOGUE_DIR")).isNull();
            }
        }
    }

    private static String settingOf(Manifests manifests, Manifests.Container container, String variable) {
        List<Object> envFrom = Tree.list(container.spec(), "envFrom");
        String configMap = Tree.text(envFrom.get(0), "configMapRef", "name");
        Object value = Tree.map(manifests.named("ConfigMap", configMap), "data").get(variable);
        return value == null ? null : String.valueOf(value);
    }
}
