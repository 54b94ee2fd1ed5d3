package dk.borgerstemme.survey.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/**
 * A single-use invitation to answer a wave, for one unit and respondent role. It knows whether it was
 * used, never when, and nothing links it to the response it led to.
 */
@MappedEntity("invitation")
public record Invitation(
    @Id String code,
    Long waveId,
    String unit,
    String role,
    LocalDate issuedOn,
    boolean used,
    @Nullable String requestedBy,
    @Nullable String requestKey) {

    @Override
    public String toString() {
        return "Invitation[wave=" + waveId + ", unit=" + unit + ", role=" + role + ", used=" + used + "]";
    }
}
