package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTest {

    @Test
    void forEvaluationEachDataServiceGetsItsOwnMysql84WithItsDataOnAVolume() {
        Manifests development = ValueSet.DEVELOPMENT.manifests();

        for (String database : new String[] {"survey", "complaint"}) {
            Map<String, Object> statefulSet = development.named("StatefulSet", "borgerstemme-" + database + "-mysql");
            Object container = Tree.list(statefulSet, "spec", "template", "spec", "containers").get(0);
            assertThat(Tree.text(container, "image")).matches("docker\\.io/library/mysql:8\\.4\\.\\d+");
            assertThat(Tree.text(Tree.list(statefulSet, "spec", "volumeClaimTemplates").get(0), "spec", "resources", "requests", "storage")).isEqualTo("2Gi");
            assertThat(Tree.list(container, "env"))
                .contains(Map.of("name", "MYSQL_DATABASE", "value", database));
            String url = Tree.text(development.named("ConfigMap", "borgerstemme-" + database + "-service"), "data", "DATASOURCES_DEFAULT_URL");
            assertThat(url).isEqualTo("jdbc:mysql://borgerstemme-" + database + "-mysql:3306/" + database + "?sslMode=REQUIRED");
        }
    }

    @Test
    void inProductionTheServicesUseTheExternalMysqlAndTheReleaseRunsNone() {
        Manifests production = ValueSet.PRODUCTION.manifests();

        assertThat(production.ofKind("StatefulSet")).isEmpty();
        assertThat(production.ofKind("PersistentVolumeClaim")).isEmpty();
        assertThat(Tree.text(production.named("ConfigMap", "borgerstemme-survey-service"), "data", "DATASOURCES_DEFAULT_URL"))
            .isEqualTo("jdbc:mysql://mysql.example.org:3306/survey?sslMode=VERIFY_IDENTITY");
        assertThat(Tree.text(production.named("ConfigMap", "borgerstemme-complaint-service"), "data", "DATASOURCES_DEFAULT_URL"))
            .isEqualTo("jdbc:mysql://mysql.example.org:3306/complaint?sslMode=VERIFY_IDENTITY");
    }
}
