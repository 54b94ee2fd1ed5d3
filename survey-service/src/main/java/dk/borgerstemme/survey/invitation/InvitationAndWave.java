package dk.borgerstemme.survey.invitation;

import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * An invitation, its wave and the answers saved with it, read in one statement: every page of a survey
 * checks the code and resumes the answers, and three look-ups by primary key cost three round trips to
 * the database for each page.
 */
@Introspected
record InvitationAndWave(
    String code,
    Long waveId,
    String unit,
    String role,
    LocalDate issuedOn,
    boolean used,
    @Nullable String requestedBy,
    @Nullable String requestKey,
    String organisation,
    Long surveyVersionId,
    String name,
    LocalDate opensOn,
    LocalDate closesOn,
    @Nullable LocalDate closedOn,
    Long version,
    @Nullable String savedAnswers) {

    Invitation invitation() {
        return new Invitation(code, waveId, unit, role, issuedOn, used, requestedBy, requestKey);
    }

    Wave wave() {
        return new Wave(waveId, organisation, surveyVersionId, name, opensOn, closesOn, closedOn, version);
    }
}
