package dk.borgerstemme.complaint.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the complaint service asks survey-service for: one code for the "Klagebehandling" survey, for a
 * complaint about {@code unit} (null: none named) from a complainant in {@code respondentRole} (a role id
 * of the organisation's catalogue, null when the complainant's role has none). {@code idempotencyKey} is
 * the case id: asking again with it gives the same code.
 */
@Serdeable
record SurveyCodeRequest(String survey, String idempotencyKey, @Nullable String unit, @Nullable String respondentRole) {

    static final String KLAGEBEHANDLING = "klagebehandling";
}
