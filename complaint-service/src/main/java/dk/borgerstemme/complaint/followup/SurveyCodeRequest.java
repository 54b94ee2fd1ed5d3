package dk.borgerstemme.complaint.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the complaint service asks survey-service's internal API for: one "Klagebehandling" code. {@code key}
 * is the case id, so asking again gives the same code; {@code unit} is the unit the complaint was about
 * (null: none named), {@code role} a respondent role id of the catalogue (null: survey-service's default)
 * and {@code language} the language of the address it sends back.
 */
@Serdeable
record SurveyCodeRequest(String key, @Nullable String unit, @Nullable String role, String language) {
}
