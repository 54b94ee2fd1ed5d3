package dk.borgerstemme.platform.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A catalogue directory on disk, written by a test, as a mounted ConfigMap would be. */
final class CatalogueDirectory {

    private final Path root;

    private CatalogueDirectory(Path root) {
        this.root = root;
    }

    static CatalogueDirectory at(Path root) {
        return new CatalogueDirectory(root);
    }

    CatalogueDirectory organisation(String fileName, FixtureText yaml) {
        return write("organisations/" + fileName, yaml.text().getBytes(StandardCharsets.UTF_8));
    }

    CatalogueDirectory framework(String fileName, FixtureText yaml) {
        return write("frameworks/" + fileName, yaml.text().getBytes(StandardCharsets.UTF_8));
    }

    CatalogueDirectory write(String relativePath, byte[] content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    Catalogue load() {
        return CatalogueLoader.load(CatalogueSource.directory(root));
    }

    /** The problems that stop this catalogue from loading; fails the test if it loads. */
    List<String> problems() {
        Throwable thrown = catchThrowable(this::load);
        assertThat(thrown).as("loading the catalogue in " + root).isInstanceOf(CatalogueException.class);
        return ((CatalogueException) thrown).problems();
    }
}
