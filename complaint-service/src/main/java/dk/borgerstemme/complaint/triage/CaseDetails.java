package dk.borgerstemme.complaint.triage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A case as staff see it: what the citizen wrote, how it is routed and handled, its clocks and its whole
 * timeline. Contact details are not part of it. {@code version} is what an action must send back.
 */
@Serdeable
@Schema(description = "A case with its clocks and timeline")
public record CaseDetails(
    String reference,
    @Schema(description = "Send this back with every action; a stale version gets 409") long version,
    String kind,
    String kindText,
    String status,
    String statusText,
    LocalDateTime receivedAt,
    String channel,
    String channelText,
    String complainantRole,
    String complainantRoleText,
    @Nullable String area,
    @Nullable String areaName,
    @Nullable String unit,
    @Nullable String unitName,
    String team,
    String teamName,
    @Nullable String assignee,
    @Nullable String category,
    @Nullable String categoryName,
    String whatHappened,
    @Nullable String wish,
    boolean aboutDecision,
    @Nullable LocalDate decisionDate,
    boolean lateDecisionComplaint,
    boolean anonymous,
    boolean hideNameFromUnit,
    boolean safetyConcern,
    List<CaseSummary.Labelled> tracks,
    List<Clock> deadlines,
    @Nullable String reconsiderationResult,
    @Nullable LocalDate reconsideredOn,
    @Nullable LocalDate forwardedOn,
    @Nullable String ankestyrelsenDecision,
    @Nullable LocalDate ankestyrelsenDecidedOn,
    @Nullable String outcome,
    @Nullable String outcomeText,
    @Nullable String rootCause,
    @Nullable String rootCauseText,
    @Nullable String learning,
    @Nullable Boolean replySent,
    @Nullable String noReplyReason,
    @Nullable LocalDateTime closedAt,
    int reopenCount,
    @Schema(description = "The case this duplicate was merged into") @Nullable String mergedInto,
    @Schema(description = "The duplicates merged into this case") List<String> mergedFrom,
    List<TimelineEntry> timeline,
    @Schema(description = "The actions the case's status allows now") List<String> allowedActions,
    @Schema(description = "The id of the latest audit event, for showing what changed since") long lastEventId) {

    /** One clock and how it stands; {@code state} is null for a clock stopped unmet when the case ended. */
    @Serdeable
    public record Clock(String kind, String kindText, LocalDate due, LocalDate originalDue, boolean extended,
                        @Nullable String extensionReason, @Nullable LocalDateTime metAt, @Nullable String state, String stateText) {
    }

    /** An event of the audit trail with what it changed, and the message it wrote, if any. */
    @Serdeable
    public record TimelineEntry(long eventId, LocalDateTime at, String actor, String action, String actionText,
                                List<Change> changes, @Nullable Message message) {
    }

    @Serdeable
    public record Change(String field, String fieldText, @Nullable String before, @Nullable String after) {
    }

    @Serdeable
    public record Message(String kind, String kindText, String body, String author, LocalDateTime writtenAt) {
    }
}
