package dk.borgerstemme.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart under test, run through the real helm that helm-java bundles (no helm binary needed).
 * helm-java renders with helm's default capabilities (Kubernetes v1.20.0), and its lint command takes
 * no values files, so {@link #lint} lints a copy of the chart whose values.yaml has the given values
 * merged in, exactly as helm would merge them. Renders that look objects up ask {@link FakeCluster}.
 */
final class HelmChart {

    static final Path CHART = Path.of("helm", "borgerstemme").toAbsolutePath();
    static final Path DEVELOPMENT_VALUES = Path.of("values-development.yaml").toAbsolutePath();
    static final Path PRODUCTION_VALUES = Path.of("values-production.yaml").toAbsolutePath();
    static final String RELEASE = "borgerstemme";
    static final String NAMESPACE = "borgerstemme";

    private HelmChart() {
    }

    static Manifests template(Path... valuesFiles) {
        return Manifests.parse(render(valuesFiles));
    }

    /** What helm says when it refuses to render with these values. */
    static String refusal(Path... valuesFiles) {
        try {
            render(valuesFiles);
        } catch (RuntimeException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("helm rendered the chart, but these values should have been refused: " + List.of(valuesFiles));
    }

    /** The NOTES.txt helm prints after an install, from a client-only dry run. */
    static String installNotes(Path... valuesFiles) {
        FakeCluster.start();
        InstallCommand install = new Helm(CHART).install().withName(RELEASE).withNamespace(NAMESPACE).dryRun().clientOnly();
        for (Path file : valuesFiles) {
            install = install.withValuesFile(file);
        }
        String output = install.call().getOutput();
        return output.substring(output.indexOf("NOTES:") + "NOTES:".length()).strip();
    }

    static LintResult lint(Path workDirectory, Path... valuesFiles) {
        Path copy = workDirectory.resolve(CHART.getFileName());
        copyTree(CHART, copy);
        Map<String, Object> values = readYaml(CHART.resolve("values.yaml"));
        for (Path file : valuesFiles) {
            values = merge(values, readYaml(file));
        }
        writeYaml(values, copy.resolve("values.yaml"));
        return new Helm(copy).lint().strict().call();
    }

    static Map<String, Object> readYaml(Path file) {
        try {
            Map<String, Object> read = new Yaml().load(Files.readString(file));
            return read == null ? new LinkedHashMap<>() : read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeYaml(Map<String, Object> values, Path file) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        try {
            Files.writeString(file, new Yaml(options).dump(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(Path... valuesFiles) {
        FakeCluster.start();
        TemplateCommand template = new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE);
        for (Path file : valuesFiles) {
            template = template.withValuesFile(file);
        }
        return template.call();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            if (value instanceof Map<?, ?> overrideMap && merged.get(key) instanceof Map<?, ?> baseMap) {
                merged.put(key, merge((Map<String, Object>) baseMap, (Map<String, Object>) overrideMap));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
