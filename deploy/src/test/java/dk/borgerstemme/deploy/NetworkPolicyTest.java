package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Default deny; then each component admits exactly its callers and reaches exactly its peers. */
class NetworkPolicyTest {

    private static final Manifests DEFAULTS = ValueSet.DEFAULTS_WITH_REQUIRED_VALUES.manifests();

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void everyPodIsSelectedByANetworkPolicyThatNamesItsCallers(ValueSet values) {
        Manifests manifests = values.manifests();
        for (Manifests.Workload workload : manifests.workloads()) {
            assertThat(manifests.ofKind("NetworkPolicy"))
                .as("network policies selecting %s", workload)
                .anySatisfy(policy -> {
                    assertThat(selects(policy, workload.podLabels())).isTrue();
                    assertThat(Tree.listOrEmpty(policy, "spec", "ingress")).isNotEmpty();
                });
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void everyPodOfTheReleaseIsDeniedAllTrafficByDefault(ValueSet values) {
        Manifests manifests = values.manifests();
        Map<String, Object> denyAll = manifests.named("NetworkPolicy", "borgerstemme-default-deny");
        assertThat(Tree.list(denyAll, "spec", "policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(Tree.map(denyAll, "spec")).doesNotContainKeys("ingress", "egress");
        for (Manifests.Workload workload : manifests.workloads()) {
            assertThat(selects(denyAll, workload.podLabels())).as("default deny selects %s", workload).isTrue();
        }
    }

    @Test
    void theGatewayAdmitsOnlyTheIngressControllerAndTheServicesFetchingItsKeys() {
        Map<String, Object> policy = DEFAULTS.named("NetworkPolicy", "borgerstemme-gateway");

        assertThat(callers(policy)).containsExactlyInAnyOrder(
            "namespace kubernetes.io/metadata.name=ingress-nginx",
            "component survey-service",
            "component complaint-service");
    }

    @Test
    void theSurveyServiceAdmitsOnlyTheGatewayAndTheComplaintService() {
        assertThat(callers(DEFAULTS.named("NetworkPolicy", "borgerstemme-survey-service")))
            .containsExactlyInAnyOrder("component gateway", "component complaint-service");
    }

    @Test
    void theComplaintServiceAdmitsOnlyTheGateway() {
        assertThat(callers(DEFAULTS.named("NetworkPolicy", "borgerstemme-complaint-service")))
            .containsExactly("component gateway");
    }

    @Test
    void eachDatabaseAdmitsOnlyItsOwnServiceAndCallsNobody() {
        Map<String, Object> survey = DEFAULTS.named("NetworkPolicy", "borgerstemme-survey-mysql");
        Map<String, Object> complaint = DEFAULTS.named("NetworkPolicy", "borgerstemme-complaint-mysql");

        assertThat(callers(survey)).containsExactly("component survey-service");
        assertThat(callers(complaint)).containsExactly("component complaint-service");
        assertThat(Tree.list(survey, "spec", "policyTypes")).contains("Egress");
        assertThat(Tree.listOrEmpty(survey, "spec", "egress")).isEmpty();
        assertThat(Tree.listOrEmpty(complaint, "spec", "egress")).isEmpty();
    }

    @Test
    void eachServiceReachesTheDnsTheGatewaysKeysAndItsOwnDatabaseOnly() {
        assertThat(destinations(DEFAULTS.named("NetworkPolicy", "borgerstemme-survey-service")))
            .containsExactlyInAnyOrder("dns", "component gateway:8080", "component survey-mysql:3306");
        assertThat(destinations(DEFAULTS.named("NetworkPolicy", "borgerstemme-complaint-service")))
            .containsExactlyInAnyOrder("dns", "component gateway:8080", "component survey-service:8081", "component complaint-mysql:3306");
        assertThat(destinations(DEFAULTS.named("NetworkPolicy", "borgerstemme-gateway")))
            .containsExactlyInAnyOrder("dns", "component survey-service:8081", "component complaint-service:8082");
    }

    @Test
    void inProductionTheServicesReachTheirExternalDatabaseTheSmtpServerAndTheGatewayItsIdentityProviderByAddressRange() {
        Manifests production = ValueSet.PRODUCTION.manifests();

        assertThat(destinations(production.named("NetworkPolicy", "borgerstemme-survey-service")))
            .contains("cidr 198.51.100.10/32:3306")
            .noneMatch(destination -> destination.contains("mysql"));
        assertThat(destinations(production.named("NetworkPolicy", "borgerstemme-gateway")))
            .contains("cidr 192.0.2.0/24:443");
        assertThat(destinations(production.named("NetworkPolicy", "borgerstemme-complaint-service")))
            .containsExactlyInAnyOrder("dns", "component gateway:8080", "component survey-service:8081",
                "cidr 198.51.100.10/32:3306", "cidr 203.0.113.25/32:587");
        assertThat(callers(production.named("NetworkPolicy", "borgerstemme-survey-service")))
            .contains("namespace kubernetes.io/metadata.name=monitoring");
    }

    private static boolean selects(Map<String, Object> policy, Map<String, Object> podLabels) {
        Map<String, Object> selector = Tree.map(policy, "spec", "podSelector");
        Map<String, Object> matchLabels = selector.containsKey("matchLabels") ? Tree.map(selector, "matchLabels") : Map.of();
        return podLabels.entrySet().containsAll(matchLabels.entrySet());
    }

    /** Who a policy admits, one entry per peer: "component gateway" or "namespace key=value". */
    private static List<String> callers(Map<String, Object> policy) {
        List<String> callers = new ArrayList<>();
        for (Object rule : Tree.listOrEmpty(policy, "spec", "ingress")) {
            for (Object peer : Tree.list(rule, "from")) {
                callers.add(describe(Tree.map(peer)));
            }
        }
        return callers;
    }

    /** Where a policy lets pods go: "dns", "component gateway:8080", "cidr 192.0.2.0/24:443" or "anywhere:587". */
    private static List<String> destinations(Map<String, Object> policy) {
        List<String> destinations = new ArrayList<>();
        for (Object rule : Tree.listOrEmpty(policy, "spec", "egress")) {
            List<Object> ports = Tree.list(rule, "ports");
            boolean dns = ports.stream().allMatch(port -> "53".equals(Tree.text(port, "port")));
            if (!Tree.has(rule, "to")) {
                ports.forEach(port -> destinations.add("anywhere:" + Tree.text(port, "port")));
                continue;
            }
            for (Object peer : Tree.list(rule, "to")) {
                if (dns) {
                    destinations.add("dns");
                    continue;
                }
                for (Object port : ports) {
                    destinations.add(describe(Tree.map(peer)) + ":" + Tree.text(port, "port"));
                }
            }
        }
        return destinations;
    }

    private static String describe(Map<String, Object> peer) {
        if (peer.containsKey("ipBlock")) {
            return "cidr " + Tree.text(peer, "ipBlock", "cidr");
        }
        if (peer.containsKey("namespaceSelector")) {
            Map<String, Object> labels = Tree.map(peer, "namespaceSelector", "matchLabels");
            return "namespace " + labels.entrySet().stream().map(label -> label.getKey() + "=" + label.getValue()).reduce((a, b) -> a + "," + b).orElse("any");
        }
        return "component " + Tree.text(peer, "podSelector", "matchLabels", "app.kubernetes.io/component");
    }
}
