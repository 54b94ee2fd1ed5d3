package dk.borgerstemme.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the repository, the packaged services and this module's build output are. */
final class Workspace {

    private final Path root;

    private Workspace(Path root) {
        this.root = root;
    }

    /** The repository named by the {@code borgerstemme.root} property that failsafe sets. */
    static Workspace current() {
        String configured = System.getProperty("borgerstemme.root");
        Path root = configured != null ? Path.of(configured) : guessRootFromWorkingDirectory();
        return new Workspace(root.toAbsolutePath().normalize());
    }

    private static Path guessRootFromWorkingDirectory() {
        Path here = Path.of("").toAbsolutePath();
        return here.endsWith("system-tests") ? here.getParent() : here;
    }

    /** This module's build directory; everything a test run leaves behind goes here. */
    Path target() {
        return root.resolve("system-tests").resolve("target");
    }

    /** The thin jar of {@code module}, which needs its {@code target/lib} beside it. */
    Path packagedJar(String module) {
        Path moduleTarget = root.resolve(module).resolve("target");
        Path jar = newestMainJar(moduleTarget, module);
        if (jar == null || !Files.isDirectory(moduleTarget.resolve("lib"))) {
            throw new IllegalStateException("No packaged " + module + " in " + moduleTarget
                + " (a " + module + "-<version>.jar with lib/ beside it). Run `./mvnw -B -DskipTests package`"
                + " in " + root + " first, or run the whole build with `./mvnw -B verify`.");
        }
        return jar;
    }

    private static Path newestMainJar(Path moduleTarget, String module) {
        if (!Files.isDirectory(moduleTarget)) {
            return null;
        }
        try (Stream<Path> files = Files.list(moduleTarget)) {
            return files
                .filter(file -> isMainJar(file.getFileName().toString(), module))
                .max(Comparator.comparing(Workspace::lastModified))
                .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isMainJar(String name, String module) {
        return name.startsWith(module + "-") && name.endsWith(".jar")
            && !name.endsWith("-tests.jar") && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar");
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
