package dk.borgerstemme.complaint.followup.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the actions API. Dates as 2026-06-30 (30.6.2026 is also read). */
final class ActionRequests {

    private ActionRequests() {
    }

    @Serdeable
    record Create(@Schema(example = "K-2026-000123") @Nullable String caseReference, @Nullable String description,
                  @Nullable String owner, @Schema(example = "2026-06-30") @Nullable String dueOn,
                  @Schema(description = "A unit id of the organisation's catalogue") @Nullable String unit) {
        ActionInput input() {
            return new ActionInput(caseReference, description, owner, dueOn, unit);
        }
    }

    @Serdeable
    record Change(@Schema(description = "The version of the action the caller read") long version, @Nullable String description,
                  @Nullable String owner, @Nullable String dueOn, @Nullable String unit) {
        ActionInput input() {
            return new ActionInput(null, description, owner, dueOn, unit);
        }
    }

    @Serdeable
    record Done(long version, @Schema(example = "2026-06-12") @Nullable String doneOn) {
    }

    @Serdeable
    record Publish(long version, @Schema(description = "Plain language for citizens, no case or personal data") @Nullable String publicText,
                   @Nullable String publicTextEn) {
    }

    @Serdeable
    record Unpublish(long version) {
    }
}
