package dk.borgerstemme.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The value sets an operator installs with; every chart test runs against each of them. */
enum ValueSet {

    DEFAULTS_WITH_REQUIRED_VALUES("the defaults and the required values"),
    DEVELOPMENT("the development values"),
    PRODUCTION("the production values");

    private static final Path WORK = Path.of("target", "chart-values").toAbsolutePath();
    private static final Map<ValueSet, Manifests> RENDERED = new EnumMap<>(ValueSet.class);
    private static RequiredValues requiredValues;

    private final String description;

    ValueSet(String description) {
        this.description = description;
    }

    static synchronized RequiredValues requiredValues() {
        if (requiredValues == null) {
            try {
                Files.createDirectories(WORK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            requiredValues = RequiredValues.writtenTo(WORK);
        }
        return requiredValues;
    }

    Path[] files() {
        return switch (this) {
            case DEFAULTS_WITH_REQUIRED_VALUES -> new Path[] {requiredValues().file()};
            case DEVELOPMENT -> new Path[] {HelmChart.DEVELOPMENT_VALUES};
            case PRODUCTION -> new Path[] {HelmChart.PRODUCTION_VALUES};
        };
    }

    /** Rendered once per test run; the manifests are only read. */
    synchronized Manifests manifests() {
        return RENDERED.computeIfAbsent(this, valueSet -> HelmChart.template(valueSet.files()));
    }

    @Override
    public String toString() {
        return description;
    }
}
