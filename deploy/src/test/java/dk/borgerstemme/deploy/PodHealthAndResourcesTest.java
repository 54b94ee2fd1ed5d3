package dk.borgerstemme.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PodHealthAndResourcesTest {

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void everyContainerHasStartupLivenessAndReadinessProbes(ValueSet values) {
        for (Manifests.Container container : values.manifests().containers()) {
            assertThat(container.spec()).as("probes of %s", container)
                .containsKeys("startupProbe", "livenessProbe", "readinessProbe");
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void theServicesAreProbedOnMicronautsHealthEndpoints(ValueSet values) {
        for (Manifests.Container container : values.manifests().containers()) {
            if ("mysql".equals(container.name())) {
                continue;
            }
            assertThat(Tree.text(container.spec(), "startupProbe", "httpGet", "path")).as("startup probe of %s", container).isEqualTo("/health/liveness");
            assertThat(Tree.text(container.spec(), "livenessProbe", "httpGet", "path")).as("liveness probe of %s", container).isEqualTo("/health/liveness");
            assertThat(Tree.text(container.spec(), "readinessProbe", "httpGet", "path")).as("readiness probe of %s", container).isEqualTo("/health/readiness");
            assertThat(Tree.text(container.spec(), "readinessProbe", "httpGet", "port")).as("readiness probe port of %s", container).isEqualTo("http");
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void everyContainerRequestsAndIsLimitedInCpuAndMemory(ValueSet values) {
        for (Manifests.Container container : values.manifests().containers()) {
            Map<String, Object> resources = Tree.map(container.spec(), "resources");
            assertThat(Tree.map(resources, "requests")).as("requests of %s", container).containsKeys("cpu", "memory");
            assertThat(Tree.map(resources, "limits")).as("limits of %s", container).containsKeys("cpu", "memory");
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void theJvmSizesItsHeapFromTheContainersMemoryLimitAndStopsOnOutOfMemory(ValueSet values) {
        Manifests manifests = values.manifests();
        for (Manifests.Container container : manifests.containers()) {
            if ("mysql".equals(container.name())) {
                continue;
            }
            String settings = Tree.text(Tree.list(container.spec(), "envFrom").get(0), "configMapRef", "name");
            String javaToolOptions = Tree.text(manifests.named("ConfigMap", settings), "data", "JAVA_TOOL_OPTIONS");
            assertThat(javaToolOptions).as("JAVA_TOOL_OPTIONS of %s", container)
                .containsPattern("-XX:MaxRAMPercentage=\\d+")
                .contains("-XX:+ExitOnOutOfMemoryError")
                .contains("-XX:+UseSerialGC")
                .doesNotContain("-Xmx");
            assertThat(Tree.text(container.spec(), "resources", "limits", "memory")).as("memory limit of %s", container).isNotBlank();
        }
    }
}
