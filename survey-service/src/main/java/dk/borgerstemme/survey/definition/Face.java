package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

/** The face a smiley step shows beside its text label; agreement, yes/no and 0–10 steps show none. */
@Serdeable
public enum Face {
    VERY_UNHAPPY,
    UNHAPPY,
    NEUTRAL,
    HAPPY,
    VERY_HAPPY
}
