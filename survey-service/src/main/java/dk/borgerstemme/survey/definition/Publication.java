package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What publishing an edited survey leads to: the version that is now published, whether it is a new
 * version beside the old one (which stays, unchanged, with its answers) or takes the old one's place,
 * and what changed.
 */
@Serdeable
public record Publication(SurveyVersion version, Outcome outcome, SurveyChanges changes) {

    /** The three things publishing can do. */
    @Serdeable
    public enum Outcome {
        /** Nothing changed; the published version stays as it is. */
        UNCHANGED,
        /** The published version had no answers, so the edit replaces it under the same number. */
        REPLACED,
        /** The published version has answers; it stays, and the edit is published as the next number. */
        NEW_VERSION
    }

    public boolean isNewVersion() {
        return outcome == Outcome.NEW_VERSION;
    }
}
