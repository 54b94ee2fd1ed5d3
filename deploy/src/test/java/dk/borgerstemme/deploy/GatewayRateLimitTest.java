package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's rate limits on public form POSTs: behind the Ingress it counts the client address the
 * ingress controller sets, and every limit is a value with the application's own default.
 */
class GatewayRateLimitTest {

    private static final String GATEWAY = "borgerstemme-gateway";
    private static final Path APPLICATION_YML = Path.of("..", "gateway", "src", "main", "resources", "application.yml");

    @TempDir
    Path work;

    @Test
    void behindTheIngressTheGatewayTrustsTheAddressTheIngressControllerForwards() {
        assertThat(settings(ValueSet.DEFAULTS_WITH_REQUIRED_VALUES.manifests())).containsEntry("BORGERSTEMME_TRUST_FORWARDED_FOR", "true");
        assertThat(settings(ValueSet.PRODUCTION.manifests())).containsEntry("BORGERSTEMME_TRUST_FORWARDED_FOR", "true");
    }

    @Test
    void withoutTheIngressNobodySetsTheHeaderSoTheGatewayDoesNotTrustIt() {
        Manifests manifests = HelmChart.template(ValueSet.requiredValues().file(),
            values(Map.of("gateway", Map.of("ingress", Map.of("enabled", false)))));

        assertThat(settings(manifests)).containsEntry("BORGERSTEMME_TRUST_FORWARDED_FOR", "false");
    }

    @Test
    void anExplicitChoiceWinsAndTurningTrustOffBehindTheIngressIsWarnedAbout() {
        Path off = values(Map.of("gateway", Map.of("rateLimit", Map.of("trustForwardedFor", false))));

        assertThat(settings(HelmChart.template(ValueSet.requiredValues().file(), off))).containsEntry("BORGERSTEMME_TRUST_FORWARDED_FOR", "false");
        assertThat(HelmChart.installNotes(ValueSet.requiredValues().file(), off))
            .contains("WARNING: gateway.rateLimit.trustForwardedFor is false behind the Ingress");
        assertThat(HelmChart.installNotes(ValueSet.requiredValues().file())).doesNotContain("trustForwardedFor");
    }

    @Test
    void everyRateLimitSettingTheGatewayReadsIsSetWithTheApplicationsDefault() throws IOException {
        Map<String, String> applicationDefaults = rateLimitDefaultsOfTheApplication();
        Map<String, Object> settings = settings(ValueSet.DEFAULTS_WITH_REQUIRED_VALUES.manifests());

        assertThat(applicationDefaults).containsKeys("BORGERSTEMME_RATE_LIMIT_ENABLED", "BORGERSTEMME_RATE_LIMIT_MAX_CLIENTS",
            "BORGERSTEMME_RATE_LIMIT_COMPLAINT_INTAKE", "BORGERSTEMME_RATE_LIMIT_COMPLAINT_STATUS",
            "BORGERSTEMME_RATE_LIMIT_SURVEY", "BORGERSTEMME_RATE_LIMIT_SIGN_IN");
        applicationDefaults.forEach((variable, applicationDefault) ->
            assertThat(settings).as("the gateway's settings").containsEntry(variable, applicationDefault));
    }

    @Test
    void theLimitsAreValues() {
        Manifests manifests = HelmChart.template(ValueSet.requiredValues().file(), values(Map.of("gateway", Map.of("rateLimit", Map.of(
            "enabled", false, "maxClients", 5000, "complaintIntake", 5, "complaintStatus", 6, "survey", 300, "signIn", 7)))));

        assertThat(settings(manifests))
            .containsEntry("BORGERSTEMME_RATE_LIMIT_ENABLED", "false")
            .containsEntry("BORGERSTEMME_RATE_LIMIT_MAX_CLIENTS", "5000")
            .containsEntry("BORGERSTEMME_RATE_LIMIT_COMPLAINT_INTAKE", "5")
            .containsEntry("BORGERSTEMME_RATE_LIMIT_COMPLAINT_STATUS", "6")
            .containsEntry("BORGERSTEMME_RATE_LIMIT_SURVEY", "300")
            .containsEntry("BORGERSTEMME_RATE_LIMIT_SIGN_IN", "7");
    }

    @Test
    void aLimitOfNoRequestsIsRefusedByTheSchema() {
        String refusal = HelmChart.refusal(ValueSet.requiredValues().file(),
            values(Map.of("gateway", Map.of("rateLimit", Map.of("complaintIntake", 0)))));

        assertThat(refusal).contains("- gateway.rateLimit.complaintIntake: Must be greater than or equal to 1");
    }

    /** BORGERSTEMME_RATE_LIMIT_* and BORGERSTEMME_TRUST_FORWARDED_FOR with their defaults, as application.yml reads them. */
    private static Map<String, String> rateLimitDefaultsOfTheApplication() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        Matcher placeholder = Pattern.compile("\\$\\{(BORGERSTEMME_RATE_LIMIT_[A-Z_]+):([^}]*)}").matcher(Files.readString(APPLICATION_YML));
        while (placeholder.find()) {
            defaults.put(placeholder.group(1), placeholder.group(2));
        }
        return defaults;
    }

    private Path values(Map<String, Object> values) {
        Path file = work.resolve("values-" + values.hashCode() + ".yaml");
        HelmChart.writeYaml(new LinkedHashMap<>(values), file);
        return file;
    }

    private static Map<String, Object> settings(Manifests manifests) {
        return Tree.map(manifests.named("ConfigMap", GATEWAY), "data");
    }
}
