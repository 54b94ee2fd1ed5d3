package dk.borgerstemme.platform.catalogue;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Provides the catalogue, loaded when the application context starts, so that an invalid catalogue
 * stops start-up instead of failing the first request. {@code borgerstemme.catalogue.dir}
 * (env {@code BORGERSTEMME_CATALOGUE_DIR}) names a directory to read; unset, the default in the jar is used.
 */
@Factory
final class CatalogueFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueFactory.class);

    @Context
    Catalogue catalogue(@Value("${borgerstemme.catalogue.dir:}") String directory) {
        CatalogueSource source = directory == null || directory.isBlank()
            ? CatalogueSource.classpath()
            : CatalogueSource.directory(Path.of(directory));
        Catalogue catalogue = CatalogueLoader.load(source);
        LOG.info("Catalogue loaded from {}: organisations {}", source, catalogue.organisations().stream()
            .map(Organisation::shortName)
            .collect(Collectors.joining(", ")));
        return catalogue;
    }
}
