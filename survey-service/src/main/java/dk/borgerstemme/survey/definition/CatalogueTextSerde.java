package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import io.micronaut.serde.annotation.SerdeImport;

/**
 * Lets survey definitions travel as JSON with their texts: the catalogue's {@link LocalizedText} lives in
 * the platform, which marks nothing for serialisation. On its own class, since an import on a
 * serialisable record takes the place of that record's own introspection.
 */
@SerdeImport(LocalizedText.class)
final class CatalogueTextSerde {

    private CatalogueTextSerde() {
    }
}
