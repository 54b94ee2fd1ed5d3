package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A picture shown with a question, such as a photo of the activity asked about. {@code source} is the
 * address the page loads it from; {@code alt} is its text alternative, which a survey cannot be
 * published without.
 */
@Serdeable
public record Image(String source, LocalizedText alt) {
}
