package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import io.micronaut.serde.annotation.Serdeable;

/** One option of a single- or multiple-choice question: the value stored and the label shown. */
@Serdeable
public record Choice(String value, LocalizedText label) {
}
