package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing the survey check found. {@code code} is stable (tests, the editor and translations key on
 * it); {@code questionKey} is {@code null} for the survey as a whole; {@code message} is English and
 * names the question.
 */
@Serdeable
public record CheckFinding(String code, String questionKey, String message) {

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
