package dk.borgerstemme.survey.wave;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How many codes a wave issued in one unit for one respondent role, how many of those were used, and how
 * many answers came from the unit's kiosk tablet. Counts only: never which code answered what.
 */
@Serdeable
public record CodeCounts(String unit, String role, int issued, int used, int kioskAnswers) {
}
