package dk.borgerstemme.platform.catalogue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CatalogueClasspathTest {

    private static final ClassLoader CLASS_LOADER = CatalogueClasspathTest.class.getClassLoader();

    @Test
    void aFileListedInTheIndexButMissingIsReportedWithTheIndexLine() {
        CatalogueException failure = catchThrowableOfType(CatalogueException.class,
            () -> CatalogueLoader.load(CatalogueSource.classpath(CLASS_LOADER, "catalogue-fixtures/classpath")));

        assertThat(failure.problems()).containsExactly("catalogue-fixtures/classpath/organisations.txt: line 4: "
            + "lists missing.yml, which is not on the classpath in catalogue-fixtures/classpath/organisations/");
    }

    @Test
    void aMissingIndexIsReported() {
        CatalogueException failure = catchThrowableOfType(CatalogueException.class,
            () -> CatalogueLoader.load(CatalogueSource.classpath(CLASS_LOADER, "catalogue-fixtures/nowhere")));

        assertThat(failure.problems()).containsExactly(
            "catalogue-fixtures/nowhere/frameworks.txt: (file): not found on the classpath",
            "catalogue-fixtures/nowhere/organisations.txt: (file): not found on the classpath");
    }

    @Test
    void everyShippedFileIsListedInItsIndexAndEveryListedFileIsShipped() throws Exception {
        for (String folder : List.of("organisations", "frameworks")) {
            assertThat(index("catalogue/" + folder + ".txt"))
                .as("catalogue/%s.txt", folder)
                .containsExactlyInAnyOrderElementsOf(ymlFilesIn("catalogue/" + folder));
        }
    }

    private static List<String> index(String resource) throws IOException {
        try (InputStream in = CLASS_LOADER.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
        }
    }

    /** Lists a folder of the build output; fine in a test, where the classes are a directory, not a jar. */
    private static List<String> ymlFilesIn(String folder) throws IOException, URISyntaxException {
        URL url = CLASS_LOADER.getResource(folder);
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yml")).toList();
        }
    }
}
