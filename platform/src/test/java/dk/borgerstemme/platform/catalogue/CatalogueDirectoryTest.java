package dk.borgerstemme.platform.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static dk.borgerstemme.platform.catalogue.FixtureText.MINIMAL_FRAMEWORK;
import static dk.borgerstemme.platform.catalogue.FixtureText.MINIMAL_ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogueDirectoryTest {

    @TempDir
    Path directory;

    @Test
    void organisationsAreLoadedFromADirectoryOnDiskAgainstTheShippedFrameworks() {
        Catalogue catalogue = CatalogueDirectory.at(directory)
            .organisation("slagelse.yml", MINIMAL_ORGANISATION)
            .load();

        assertThat(catalogue.organisations()).extracting(Organisation::shortName).containsExactly("slagelse");
        assertThat(catalogue.require("slagelse").framework().tracks()).hasSize(8);
        assertThat(catalogue.frameworks()).extracting(Framework::id)
            .containsExactly("horsens-2018", "region-midtjylland-maalbillede", "slagelse-2024-2030");
    }

    @Test
    void theDirectoryReplacesTheShippedDemoOrganisations() {
        Catalogue catalogue = CatalogueDirectory.at(directory).organisation("slagelse.yml", MINIMAL_ORGANISATION).load();

        assertThat(catalogue.find("midtjylland")).isEmpty();
    }

    @Test
    void aFrameworkInTheDirectoryIsAddedToTheShippedTemplates() {
        Catalogue catalogue = CatalogueDirectory.at(directory)
            .framework("test-framework.yml", MINIMAL_FRAMEWORK)
            .organisation("slagelse.yml", MINIMAL_ORGANISATION.replace("framework: slagelse-2024-2030", "framework: test-framework"))
            .load();

        assertThat(catalogue.require("slagelse").framework().id()).isEqualTo("test-framework");
        assertThat(catalogue.frameworks()).hasSize(4);
    }

    @Test
    void aFrameworkInTheDirectoryReplacesTheShippedTemplateOfTheSameName() {
        Catalogue catalogue = CatalogueDirectory.at(directory)
            .framework("slagelse-2024-2030.yml", MINIMAL_FRAMEWORK.replace("id: test-framework", "id: slagelse-2024-2030"))
            .organisation("slagelse.yml", MINIMAL_ORGANISATION)
            .load();

        assertThat(catalogue.require("slagelse").framework().tracks()).extracting(StrategyTrack::id).containsExactly("kvalitet", "drift");
    }

    @Test
    void theBookkeepingOfAMountedConfigMapIsSkipped() {
        Catalogue catalogue = CatalogueDirectory.at(directory)
            .organisation("slagelse.yml", MINIMAL_ORGANISATION)
            .write("organisations/..data/slagelse.yml", "not: [a catalogue".getBytes(StandardCharsets.UTF_8))
            .write("organisations/.hidden.yml", "not: [a catalogue".getBytes(StandardCharsets.UTF_8))
            .load();

        assertThat(catalogue.organisations()).hasSize(1);
    }

    @Test
    void aFileThatDoesNotEndInYmlIsReportedRatherThanIgnored() {
        CatalogueDirectory catalogue = CatalogueDirectory.at(directory)
            .organisation("slagelse.yml", MINIMAL_ORGANISATION)
            .organisation("naestved.yaml", MINIMAL_ORGANISATION);

        assertThat(catalogue.problems()).containsExactly(
            "naestved.yaml: (file): is not a .yml file; only .yml files belong in " + directory.resolve("organisations"));
    }

    @Test
    void aDirectoryWithoutOrganisationsIsReported() {
        assertThat(CatalogueDirectory.at(directory).problems()).containsExactly(
            directory + ": organisations: directory not found; it must hold one .yml file per organisation");
    }

    @Test
    void anEmptyOrganisationsDirectoryIsReported() {
        CatalogueDirectory catalogue = CatalogueDirectory.at(directory).write("organisations/.keep", new byte[0]);

        assertThat(catalogue.problems()).containsExactly(
            directory + ": organisations: holds no .yml file; it must hold one per organisation");
    }
}
