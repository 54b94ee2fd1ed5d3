package dk.borgerstemme.survey.invitation;

import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * An invitation, its wave and the answers saved with it, as {@link InvitationLookup} reads them in one
 * statement (three look-ups by primary key were three round trips for every page of a survey).
 */
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
