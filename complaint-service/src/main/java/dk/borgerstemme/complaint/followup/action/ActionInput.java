package dk.borgerstemme.complaint.followup.action;

import io.micronaut.core.annotation.Nullable;

/** What staff type for an action, as typed: checked by {@link ActionTracking}, kept for the form when wrong. */
public record ActionInput(@Nullable String caseReference, @Nullable String description, @Nullable String owner,
                          @Nullable String dueOn, @Nullable String unit) {
}
