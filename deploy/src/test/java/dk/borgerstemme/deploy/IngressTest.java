package dk.borgerstemme.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IngressTest {

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void theGatewayIsTheOnlyServiceBehindTheIngress(ValueSet values) {
        Manifests manifests = values.manifests();
        Set<String> backends = new HashSet<>();
        for (Map<String, Object> ingress : manifests.ofKind("Ingress")) {
            if (Tree.has(ingress, "spec", "defaultBackend")) {
                backends.add(Tree.text(ingress, "spec", "defaultBackend", "service", "name"));
            }
            for (Object rule : Tree.list(ingress, "spec", "rules")) {
                for (Object path : Tree.list(rule, "http", "paths")) {
                    backends.add(Tree.text(path, "backend", "service", "name"));
                }
            }
        }
        assertThat(backends).containsExactly("borgerstemme-gateway");
        for (Map<String, Object> service : manifests.ofKind("Service")) {
            assertThat(Tree.map(service, "spec").getOrDefault("type", "ClusterIP"))
                .as("type of Service %s", Tree.text(service, "metadata", "name"))
                .isEqualTo("ClusterIP");
        }
    }

    @Test
    void theIngressTerminatesTlsForItsHostWithACertificateFromCertManagerWhenAnIssuerIsNamed() {
        Map<String, Object> ingress = ValueSet.PRODUCTION.manifests().named("Ingress", "borgerstemme-gateway");

        assertThat(Tree.text(ingress, "metadata", "annotations", "cert-manager.io/cluster-issuer")).isEqualTo("letsencrypt");
        assertThat(Tree.list(Tree.list(ingress, "spec", "tls").get(0), "hosts")).containsExactly("borgerstemme.example.org");
        assertThat(Tree.text(Tree.list(ingress, "spec", "tls").get(0), "secretName")).isEqualTo("borgerstemme-gateway-tls");
    }
}
