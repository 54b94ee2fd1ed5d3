package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A question's own label for one step of its scale, in place of the scale's standard label, such as
 * "Aldrig" … "Altid" on an agreement scale about how often. {@code value} is the step's stored value.
 */
@Serdeable
public record StepLabel(String value, LocalizedText label) {
}
