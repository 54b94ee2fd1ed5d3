package dk.borgerstemme.deploy;

import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint service's e-mail to complainants: the SMTP server, its credentials from a Secret, the
 * network policy's way out to it, and an install that refuses (or warns) when there is none.
 */
class ComplaintMailTest {

    private static final String SERVICE = "borgerstemme-complaint-service";
    private static final Path APPLICATION_YML = Path.of("..", "complaint-service", "src", "main", "resources", "application.yml");

    @TempDir
    Path work;

    @Test
    void inProductionTheServiceSendsThroughTheConfiguredServerWithTheCredentialsOfTheNamedSecret() {
        Manifests production = ValueSet.PRODUCTION.manifests();

        assertThat(settings(production))
            .containsEntry("BORGERSTEMME_SMTP_HOST", "smtp.example.org")
            .containsEntry("BORGERSTEMME_SMTP_PORT", "587")
            .containsEntry("BORGERSTEMME_SMTP_STARTTLS", "true")
            .containsEntry("BORGERSTEMME_MAIL_FROM", "klage@example.org")
            .doesNotContainKeys("JAVAMAIL_AUTHENTICATION_USERNAME", "JAVAMAIL_AUTHENTICATION_PASSWORD");
        assertThat(secretReference(production, "JAVAMAIL_AUTHENTICATION_USERNAME")).isEqualTo(Map.of("name", "borgerstemme-smtp", "key", "username"));
        assertThat(secretReference(production, "JAVAMAIL_AUTHENTICATION_PASSWORD")).isEqualTo(Map.of("name", "borgerstemme-smtp", "key", "password"));
    }

    @Test
    void everyMailSettingTheServiceReadsFromTheEnvironmentIsOneTheChartSets() throws IOException {
        Map<String, Object> settings = settings(ValueSet.PRODUCTION.manifests());
        List<String> set = new ArrayList<>(settings.keySet());
        set.addAll(List.of("JAVAMAIL_AUTHENTICATION_USERNAME", "JAVAMAIL_AUTHENTICATION_PASSWORD"));

        assertThat(mailVariablesTheServiceReads())
            .contains("BORGERSTEMME_SMTP_HOST", "BORGERSTEMME_SMTP_PORT", "BORGERSTEMME_SMTP_STARTTLS", "BORGERSTEMME_MAIL_FROM",
                "JAVAMAIL_AUTHENTICATION_USERNAME", "JAVAMAIL_AUTHENTICATION_PASSWORD")
            .allSatisfy(variable -> assertThat(set).as("settings the chart gives the complaint service").contains(variable));
    }

    @Test
    void withoutAnSmtpServerNothingAboutMailIsSetAndTheServiceMayNotCallOut() {
        Manifests defaults = ValueSet.DEFAULTS_WITH_REQUIRED_VALUES.manifests();

        assertThat(settings(defaults).keySet()).noneMatch(key -> key.contains("SMTP") || key.contains("MAIL"));
        assertThat(envNames(defaults)).noneMatch(name -> name.startsWith("JAVAMAIL"));
        assertThat(egressPorts(defaults)).doesNotContain(587, 25);
    }

    @Test
    void theServiceMayReachTheSmtpServerOnlyOnItsPortAndOnlyInItsAddressRange() {
        Map<String, Object> rule = smtpEgress(ValueSet.PRODUCTION.manifests(), 587);

        assertThat(Tree.list(rule, "to")).containsExactly(Map.of("ipBlock", Map.of("cidr", "203.0.113.25/32")));
        assertThat(Tree.list(rule, "ports")).containsExactly(Map.of("port", 587, "protocol", "TCP"));
    }

    @Test
    void withoutAnAddressRangeTheServiceMayReachTheSmtpPortAnywhereAndSendsWithoutSigningIn() {
        Manifests manifests = HelmChart.template(ValueSet.requiredValues().file(), values(Map.of("complaintService", Map.of("mail",
            Map.of("smtpHost", "relay.mail.svc.cluster.local", "smtpPort", 25, "startTls", false, "from", "klage@example.org")))));

        Map<String, Object> rule = smtpEgress(manifests, 25);
        assertThat(rule).doesNotContainKey("to");
        assertThat(settings(manifests))
            .containsEntry("BORGERSTEMME_SMTP_HOST", "relay.mail.svc.cluster.local")
            .containsEntry("BORGERSTEMME_SMTP_PORT", "25")
            .containsEntry("BORGERSTEMME_SMTP_STARTTLS", "false");
        assertThat(envNames(manifests)).noneMatch(name -> name.startsWith("JAVAMAIL"));
    }

    @Test
    void changingTheSmtpServerRollsTheComplaintServicesPods() {
        Manifests changed = HelmChart.template(HelmChart.PRODUCTION_VALUES, values(Map.of("complaintService", Map.of("mail",
            Map.of("smtpHost", "smtp2.example.org")))));

        assertThat(settingsChecksum(changed)).isNotEqualTo(settingsChecksum(ValueSet.PRODUCTION.manifests()));
    }

    @Test
    void whenMailIsRequiredButNoServerIsGivenHelmTemplateRefusesAndNamesTheValue() {
        String refusal = HelmChart.refusal(ValueSet.requiredValues().file(), values(Map.of("complaintService", Map.of("mail",
            Map.of("required", true)))));

        assertThat(refusal).contains("- complaintService.mail: smtpHost is required");
    }

    @Test
    void whenMailIsRequiredButNoServerIsGivenHelmLintFails() {
        Path values = values(Map.of("complaintService", Map.of("mail", Map.of("required", true))));
        LintResult result = HelmChart.lint(work, ValueSet.requiredValues().file(), values);

        assertThat(result.isFailed()).isTrue();
        assertThat(String.join("\n", result.getMessages())).contains("complaintService.mail: smtpHost is required");
    }

    @Test
    void anEmptyServerIsRefusedAsWell() {
        String refusal = HelmChart.refusal(HelmChart.PRODUCTION_VALUES, values(Map.of("complaintService", Map.of("mail",
            Map.of("smtpHost", "")))));

        assertThat(refusal).contains("- complaintService.mail.smtpHost: String length must be greater than or equal to 1");
    }

    @Test
    void requiredMailIsRefusedInTheDemoEnvironmentWhichWritesMailsAsFiles() {
        String refusal = HelmChart.refusal(HelmChart.PRODUCTION_VALUES, values(Map.of("config", Map.of("micronautEnvironments", "demo"))));

        assertThat(refusal).contains("config.micronautEnvironments (demo) names demo or dev");
    }

    @Test
    void anSmtpServerWithoutASenderAddressIsRefusedByTheSchema() {
        String refusal = HelmChart.refusal(ValueSet.requiredValues().file(), values(Map.of("complaintService", Map.of("mail",
            Map.of("smtpHost", "smtp.example.org")))));

        assertThat(refusal).contains("- complaintService.mail.from: String length must be greater than or equal to 1");
    }

    @Test
    void withoutAnSmtpServerTheInstallNotesWarnThatComplainantsGetNoEmail() {
        assertThat(HelmChart.installNotes(ValueSet.requiredValues().file()))
            .contains("WARNING: complaintService.mail.smtpHost is empty, so complainants get no e-mail");
        assertThat(HelmChart.installNotes(HelmChart.DEVELOPMENT_VALUES))
            .contains("complainants get no e-mail");
    }

    @Test
    void withAnSmtpServerInTheDemoEnvironmentTheNotesSayMailsBecomeFiles() {
        String notes = HelmChart.installNotes(HelmChart.DEVELOPMENT_VALUES, values(Map.of("complaintService", Map.of("mail",
            Map.of("smtpHost", "mailpit.dev.svc.cluster.local", "from", "klage@example.org")))));

        assertThat(notes)
            .contains("writes e-mails as\nfiles in its pod instead of sending them through mailpit.dev.svc.cluster.local")
            .doesNotContain("complainants get no e-mail");
    }

    /** The environment variables application.yml reads for mail, and those its comment names for the credentials. */
    private static List<String> mailVariablesTheServiceReads() throws IOException {
        String yml = Files.readString(APPLICATION_YML);
        List<String> variables = new ArrayList<>();
        Matcher placeholder = Pattern.compile("\\$\\{((?:BORGERSTEMME_(?:SMTP|MAIL)|JAVAMAIL)_[A-Z_]+)[:}]").matcher(yml);
        while (placeholder.find()) {
            variables.add(placeholder.group(1));
        }
        Matcher named = Pattern.compile("JAVAMAIL_AUTHENTICATION_[A-Z]+").matcher(yml);
        while (named.find()) {
            variables.add(named.group());
        }
        return variables.stream().distinct().toList();
    }

    private Path values(Map<String, Object> values) {
        Path file = work.resolve("values-" + values.hashCode() + ".yaml");
        HelmChart.writeYaml(new LinkedHashMap<>(values), file);
        return file;
    }

    private static Map<String, Object> settings(Manifests manifests) {
        return Tree.map(manifests.named("ConfigMap", SERVICE), "data");
    }

    private static String settingsChecksum(Manifests manifests) {
        return Tree.text(manifests.named("Deployment", SERVICE), "spec", "template", "metadata", "annotations", "checksum/settings");
    }

    private static Manifests.Container container(Manifests manifests) {
        return manifests.containers().stream()
            .filter(container -> "complaint-service".equals(container.name()))
            .findFirst().orElseThrow();
    }

    private static List<String> envNames(Manifests manifests) {
        return Tree.list(container(manifests).spec(), "env").stream().map(entry -> Tree.text(entry, "name")).toList();
    }

    private static Map<String, Object> secretReference(Manifests manifests, String variable) {
        Object entry = Tree.list(container(manifests).spec(), "env").stream()
            .filter(candidate -> variable.equals(Tree.text(candidate, "name")))
            .findFirst().orElseThrow(() -> new AssertionError("complaint-service has no " + variable));
        return Tree.map(entry, "valueFrom", "secretKeyRef");
    }

    private static List<Integer> egressPorts(Manifests manifests) {
        List<Integer> ports = new ArrayList<>();
        for (Object rule : Tree.list(manifests.named("NetworkPolicy", SERVICE), "spec", "egress")) {
            for (Object port : Tree.list(rule, "ports")) {
                ports.add((Integer) Tree.at(port, "port"));
            }
        }
        return ports;
    }

    private static Map<String, Object> smtpEgress(Manifests manifests, int port) {
        return Tree.list(manifests.named("NetworkPolicy", SERVICE), "spec", "egress").stream()
            .map(Tree::map)
            .filter(rule -> Tree.list(rule, "ports").stream().anyMatch(candidate -> Integer.valueOf(port).equals(Tree.at(candidate, "port"))))
            .findFirst().orElseThrow(() -> new AssertionError("complaint-service may not call out on port " + port));
    }
}
