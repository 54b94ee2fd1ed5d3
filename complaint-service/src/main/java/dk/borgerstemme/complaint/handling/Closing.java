package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.Outcome;
import io.micronaut.core.annotation.Nullable;

/**
 * What closing a case records so the organisation can follow up and learn (ISO 10002): the outcome, the
 * root cause (an id of the organisation's {@code rootCauses}), what was learned or changed, and that a
 * reply was sent, or why not.
 */
public record Closing(@Nullable Outcome outcome, @Nullable String rootCause, @Nullable String learning,
                      @Nullable Boolean replySent, @Nullable String noReplyReason) {
}
