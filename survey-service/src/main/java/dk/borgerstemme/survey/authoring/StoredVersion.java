package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.survey.definition.SurveyDefinition;

import java.time.LocalDate;

/**
 * One version of a stored survey: published (immutable, may be fielded in waves) or the one draft
 * being edited, which has no publication date and the number it will be published under.
 */
record StoredVersion(long id, int number, SurveyDefinition definition, LocalDate publishedOn) {

    boolean isDraft() {
        return publishedOn == null;
    }

    String status() {
        return isDraft() ? "draft" : "published";
    }
}
