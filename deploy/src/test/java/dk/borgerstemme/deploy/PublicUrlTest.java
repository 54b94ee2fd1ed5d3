package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One public address for the letters' QR codes (survey service) and the links in e-mails (complaint service). */
class PublicUrlTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void bothServicesLinkToTheIngressHostByDefault(ValueSet values) {
        String host = values == ValueSet.DEVELOPMENT ? "borgerstemme.dev.example.org" : RequiredValues.HOST;

        assertThat(publicUrl(values.manifests(), "survey-service")).isEqualTo("https://" + host);
        assertThat(publicUrl(values.manifests(), "complaint-service")).isEqualTo("https://" + host);
    }

    @Test
    void aConfiguredPublicUrlReachesBothServices() {
        Manifests manifests = HelmChart.template(ValueSet.requiredValues().file(),
            values(Map.of("surveyService", Map.of("publicUrl", "https://klage.example.org"))));

        assertThat(publicUrl(manifests, "survey-service")).isEqualTo("https://klage.example.org");
        assertThat(publicUrl(manifests, "complaint-service")).isEqualTo("https://klage.example.org");
    }

    @Test
    void withoutTlsAtTheIngressTheLinksAreHttp() {
        Manifests manifests = HelmChart.template(ValueSet.requiredValues().file(),
            values(Map.of("gateway", Map.of("ingress", Map.of("tls", Map.of("enabled", false))))));

        assertThat(publicUrl(manifests, "complaint-service")).isEqualTo("http://" + RequiredValues.HOST);
    }

    private Path values(Map<String, Object> values) {
        Path file = work.resolve("values.yaml");
        HelmChart.writeYaml(new LinkedHashMap<>(values), file);
        return file;
    }

    private static String publicUrl(Manifests manifests, String service) {
        return Tree.text(manifests.named("ConfigMap", HelmChart.RELEASE + "-" + service), "data", "BORGERSTEMME_PUBLIC_URL");
    }
}
