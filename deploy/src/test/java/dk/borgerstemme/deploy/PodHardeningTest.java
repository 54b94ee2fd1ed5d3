package dk.borgerstemme.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What a security review asks of every pod: non-root, read-only, no capabilities, no API token. */
class PodHardeningTest {

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void everyContainerRunsAsNonRootWithAReadOnlyRootFileSystemAndNoCapabilities(ValueSet values) {
        for (Manifests.Container container : values.manifests().containers()) {
            Map<String, Object> securityContext = Tree.map(container.spec(), "securityContext");
            assertThat(securityContext.get("runAsNonRoot")).as("runAsNonRoot of %s", container).isEqualTo(true);
            assertThat(securityContext.get("readOnlyRootFilesystem")).as("readOnlyRootFilesystem of %s", container).isEqualTo(true);
            assertThat(securityContext.get("allowPrivilegeEscalation")).as("allowPrivilegeEscalation of %s", container).isEqualTo(false);
            assertThat(Tree.list(securityContext, "capabilities", "drop")).as("dropped capabilities of %s", container).containsExactly("ALL");
            assertThat(Tree.has(securityContext, "capabilities", "add")).as("added capabilities of %s", container).isFalse();
            assertThat(Tree.text(securityContext, "seccompProfile", "type")).as("seccomp profile of %s", container).isEqualTo("RuntimeDefault");
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void everyPodRunsAsANonRootUserWithTheRuntimeDefaultSeccompProfile(ValueSet values) {
        for (Manifests.Workload workload : values.manifests().workloads()) {
            Map<String, Object> podSecurityContext = Tree.map(workload.podSpec(), "securityContext");
            assertThat(podSecurityContext.get("runAsNonRoot")).as("runAsNonRoot of %s", workload).isEqualTo(true);
            assertThat(((Number) podSecurityContext.get("runAsUser")).intValue()).as("runAsUser of %s", workload).isPositive();
            assertThat(Tree.text(podSecurityContext, "seccompProfile", "type")).as("seccomp profile of %s", workload).isEqualTo("RuntimeDefault");
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void noPodMountsAServiceAccountToken(ValueSet values) {
        Manifests manifests = values.manifests();
        for (Manifests.Workload workload : manifests.workloads()) {
            assertThat(workload.podSpec().get("automountServiceAccountToken")).as("automountServiceAccountToken of %s", workload).isEqualTo(false);
        }
        for (Map<String, Object> serviceAccount : manifests.ofKind("ServiceAccount")) {
            assertThat(serviceAccount.get("automountServiceAccountToken")).isEqualTo(false);
        }
    }

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void everyContainerWritesOnlyToEmptyDirsOrItsDatabaseVolumeAndHasAWritableTmp(ValueSet values) {
        for (Manifests.Container container : values.manifests().containers()) {
            Map<String, Map<String, Object>> volumes = Tree.listOrEmpty(container.workload().podSpec(), "volumes").stream()
                .map(Tree::map)
                .collect(Collectors.toMap(volume -> Tree.text(volume, "name"), volume -> volume));
            List<String> claimTemplates = Tree.listOrEmpty(container.workload().object(), "spec", "volumeClaimTemplates").stream()
                .map(claim -> Tree.text(claim, "metadata", "name"))
                .toList();
            boolean tmpIsWritable = false;
            for (Object mountEntry : Tree.list(container.spec(), "volumeMounts")) {
                Map<String, Object> mount = Tree.map(mountEntry);
                String name = Tree.text(mount, "name");
                boolean readOnly = Boolean.TRUE.equals(mount.get("readOnly"));
                boolean emptyDir = volumes.containsKey(name) && volumes.get(name).containsKey("emptyDir");
                assertThat(readOnly || emptyDir || claimTemplates.contains(name))
                    .as("mount %s of %s is writable but neither an emptyDir nor the database volume", name, container)
                    .isTrue();
                if ("/tmp".equals(Tree.text(mount, "mountPath")) && emptyDir && !readOnly) {
                    tmpIsWritable = true;
                }
            }
            assertThat(tmpIsWritable).as("%s has an emptyDir at /tmp", container).isTrue();
        }
    }
}
