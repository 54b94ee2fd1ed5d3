package dk.borgerstemme.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Node drains, load and rolling updates take no service away. */
class AvailabilityTest {

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void allThreeServicesAreDeployed(ValueSet values) {
        assertThat(values.manifests().ofKind("Deployment"))
            .extracting(deployment -> Tree.text(deployment, "metadata", "labels", "app.kubernetes.io/component"))
            .containsExactlyInAnyOrder("gateway", "survey-service", "complaint-service");
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void everyDeploymentHasAnAutoscalerAndADisruptionBudget(ValueSet values) {
        Manifests manifests = values.manifests();
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            String name = Tree.text(deployment, "metadata", "name");
            Map<String, Object> selector = Tree.map(deployment, "spec", "selector", "matchLabels");

            assertThat(manifests.ofKind("HorizontalPodAutoscaler"))
                .as("autoscalers of Deployment %s", name)
                .anySatisfy(hpa -> {
                    assertThat(Tree.text(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
                    assertThat(Tree.text(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(name);
                    assertThat(((Number) Tree.at(hpa, "spec", "minReplicas")).intValue()).isPositive();
                });
            assertThat(manifests.ofKind("PodDisruptionBudget"))
                .as("disruption budgets of Deployment %s", name)
                .anySatisfy(pdb -> assertThat(Tree.map(pdb, "spec", "selector", "matchLabels")).isEqualTo(selector));
            assertThat(deployment).as("an autoscaled Deployment leaves its replicas to the autoscaler")
                .extracting(d -> Tree.map(d, "spec")).satisfies(spec -> assertThat(spec).doesNotContainKey("replicas"));
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void aDisruptionBudgetAlwaysLetsADrainTakeAPod(ValueSet values) {
        for (Map<String, Object> pdb : values.manifests().ofKind("PodDisruptionBudget")) {
            assertThat(Tree.map(pdb, "spec")).doesNotContainKey("minAvailable");
            assertThat(((Number) Tree.at(pdb, "spec", "maxUnavailable")).intValue()).isPositive();
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void everyServiceSpreadsItsPodsAcrossNodes(ValueSet values) {
        for (Map<String, Object> deployment : values.manifests().ofKind("Deployment")) {
            Map<String, Object> podLabels = Tree.map(deployment, "spec", "template", "metadata", "labels");
            List<Object> constraints = Tree.list(deployment, "spec", "template", "spec", "topologySpreadConstraints");
            assertThat(constraints).as("topology spread of %s", Tree.text(deployment, "metadata", "name"))
                .anySatisfy(constraint -> {
                    assertThat(Tree.text(constraint, "topologyKey")).isEqualTo("kubernetes.io/hostname");
                    assertThat(podLabels).containsAllEntriesOf(Tree.map(constraint, "labelSelector", "matchLabels"));
                });
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void aRollingUpdateStartsTheNewPodBeforeItStopsAnOldOne(ValueSet values) {
        for (Map<String, Object> deployment : values.manifests().ofKind("Deployment")) {
            assertThat(Tree.text(deployment, "spec", "strategy", "type")).isEqualTo("RollingUpdate");
            assertThat(Tree.at(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(0);
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void aStoppingPodLeavesTheServiceFirstAndHasTimeToFinishItsRequests(ValueSet values) {
        Manifests manifests = values.manifests();
        for (Manifests.Container container : manifests.containers()) {
            if ("mysql".equals(container.name())) {
                continue;
            }
            List<Object> preStop = Tree.list(container.spec(), "lifecycle", "preStop", "exec", "command");
            assertThat(preStop).as("preStop of %s", container).hasSize(2).first().isEqualTo("sleep");
            int sleepSeconds = Integer.parseInt(String.valueOf(preStop.get(1)));

            String settings = Tree.text(Tree.list(container.spec(), "envFrom").get(0), "configMapRef", "name");
            String gracePeriod = Tree.text(manifests.named("ConfigMap", settings), "data", "MICRONAUT_LIFECYCLE_GRACEFUL_SHUTDOWN_GRACE_PERIOD");
            assertThat(gracePeriod).as("Micronaut's graceful shutdown period of %s", container).matches("\\d+s");
            int gracePeriodSeconds = Integer.parseInt(gracePeriod.substring(0, gracePeriod.length() - 1));

            int terminationGracePeriodSeconds = ((Number) container.workload().podSpec().get("terminationGracePeriodSeconds")).intValue();
            assertThat(sleepSeconds).as("preStop sleep of %s", container).isPositive();
            assertThat(terminationGracePeriodSeconds).as("termination grace period of %s", container)
                .isGreaterThan(sleepSeconds + gracePeriodSeconds);
        }
    }
}
