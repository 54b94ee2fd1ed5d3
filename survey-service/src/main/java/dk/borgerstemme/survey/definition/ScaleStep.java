package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One answer a scale offers: the value stored, the text label always shown (a face is never shown
 * alone), the face for smiley scales ({@code null} otherwise), and whether it counts as positive.
 */
@Serdeable
public record ScaleStep(String value, LocalizedText label, Face face, boolean positive) {

    /** The step as a number, for means; every stored scale value is a whole number. */
    public int score() {
        return Integer.parseInt(value);
    }
}
