package dk.borgerstemme.deploy;

import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ChartLintTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "with {0}")
    @EnumSource(ValueSet.class)
    void helmLintInStrictModeFindsNothingToWarnAbout(ValueSet values) {
        LintResult result = HelmChart.lint(work, values.files());

        assertThat(result.getMessages())
            .as("helm lint --strict with %s", values)
            .noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
        assertThat(result.isFailed()).as("helm lint --strict with %s failed: %s", values, result.getMessages()).isFalse();
    }

    @Test
    void helmLintRefusesTheChartWhenNoSecretIsGiven() {
        LintResult result = HelmChart.lint(work);

        assertThat(result.isFailed()).isTrue();
        assertThat(String.join("\n", result.getMessages())).contains("gateway.jwt: privateKey is required");
    }
}
