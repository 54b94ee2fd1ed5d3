package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** The reconsideration of a decision and, unless the citizen was fully upheld, the day it went to Ankestyrelsen. */
public record ReconsiderationRecord(@Nullable ReconsiderationResult result, @Nullable LocalDate reconsideredOn,
                                    @Nullable LocalDate forwardedOn) {
}
