package dk.borgerstemme.platform.catalogue;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dk.borgerstemme.platform.catalogue.FixtureText.MINIMAL_ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueFactoryTest {

    @TempDir
    Path directory;

    @Test
    void withoutADirectoryTheShippedCatalogueIsLoadedAtStartUp() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.getBean(Catalogue.class).find("slagelse")).isPresent();
        }
    }

    @Test
    void theConfiguredDirectoryIsLoaded() {
        CatalogueDirectory.at(directory).organisation("slagelse.yml", MINIMAL_ORGANISATION);

        try (ApplicationContext context = ApplicationContext.run(Map.of("borgerstemme.catalogue.dir", directory.toString()))) {
            assertThat(context.getBean(Catalogue.class).organisations()).extracting(Organisation::shortName).containsExactly("slagelse");
        }
    }

    @Test
    void anInvalidCatalogueStopsStartUpAndSaysWhatToFix() {
        CatalogueDirectory.at(directory).organisation("slagelse.yml", MINIMAL_ORGANISATION.replace("amount: 32", "amount: -3"));

        assertThatThrownBy(() -> ApplicationContext.run(Map.of("borgerstemme.catalogue.dir", directory.toString())))
            .rootCause()
            .isInstanceOf(CatalogueException.class)
            .hasMessage("slagelse.yml: areas[1].units[0].capacity.amount: must be a whole number of at least 1, was -3");
    }
}
