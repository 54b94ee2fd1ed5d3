package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

/** A published version of a survey: immutable; a change that must keep its answers apart makes a new number. */
@Serdeable
public record SurveyVersion(int number, SurveyDefinition definition) {

    public SurveyVersion {
        if (number < 1) {
            throw new IllegalArgumentException("Version numbers start at 1, was " + number);
        }
    }
}
