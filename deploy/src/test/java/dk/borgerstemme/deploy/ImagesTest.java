package dk.borgerstemme.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The images the README tells you to build are the images the chart runs, with the user and port it expects. */
class ImagesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "gateway, borgerstemme-gateway, 8080",
        "survey-service, borgerstemme-survey-service, 8081",
        "complaint-service, borgerstemme-complaint-service, 8082"})
    void theImageIsBuiltFromAPinnedLtsJreAndRunsAsTheChartsNonRootUserOnTheChartsPort(String module, String repository, int port) throws IOException {
        List<String> dockerfile = Files.readAllLines(ROOT.resolve(module).resolve("Dockerfile")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
        Manifests.Container container = ValueSet.DEFAULTS_WITH_REQUIRED_VALUES.manifests().containers().stream()
            .filter(candidate -> candidate.name().equals(module))
            .findFirst().orElseThrow();
        Map<String, Object> podSecurityContext = Tree.map(container.workload().podSpec(), "securityContext");

        assertThat(dockerfile.get(0)).matches("FROM eclipse-temurin:21\\.\\d+\\.\\d+_\\d+-jre-[a-z]+");
        assertThat(dockerfile).contains("USER " + podSecurityContext.get("runAsUser") + ":" + podSecurityContext.get("runAsGroup"));
        assertThat(dockerfile).contains("EXPOSE " + port);
        assertThat(Tree.at(Tree.list(container.spec(), "ports").get(0), "containerPort")).isEqualTo(port);
        assertThat(dockerfile).anyMatch(line -> line.contains("-XX:MaxRAMPercentage=") && line.contains("-XX:+ExitOnOutOfMemoryError")
            && line.contains("-XX:+UseSerialGC"));
        assertThat(dockerfile).last().isEqualTo("ENTRYPOINT [\"java\", \"-jar\", \"/app/" + module + ".jar\"]");
        assertThat(dockerfile.indexOf("COPY target/lib/ /app/lib/"))
            .as("the libraries are a layer of their own, below the jar")
            .isPositive()
            .isLessThan(indexOfLineStartingWith(dockerfile, "COPY target/" + module + "-"));

        assertThat(Tree.text(container.spec(), "image"))
            .isEqualTo(RequiredValues.REGISTRY + "/" + repository + ":" + chartAppVersion());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "gateway, borgerstemme-gateway",
        "survey-service, borgerstemme-survey-service",
        "complaint-service, borgerstemme-complaint-service"})
    void theReadmeGivesTheCommandThatBuildsTheImageTheChartRuns(String module, String repository) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));

        assertThat(readme)
            .contains("./mvnw -B -DskipTests package")
            .contains("docker build -t \"$REGISTRY/" + repository + ":$TAG\" " + module);
    }

    private static int indexOfLineStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private static String chartAppVersion() {
        return String.valueOf(HelmChart.readYaml(HelmChart.CHART.resolve("Chart.yaml")).get("appVersion"));
    }
}
