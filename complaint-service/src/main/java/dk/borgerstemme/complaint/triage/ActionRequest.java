package dk.borgerstemme.complaint.triage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a handling action. {@code version} is required always; the other fields are those of the
 * action: reassign (team, reason), recategorise (category, tracks), note and reply (body; reply also
 * serviceLevel), reconsideration (result, reconsideredOn, forwardedOn), ankestyrelsen (decision,
 * decidedOn), merge (into), withdraw and reopen (reason), extend-deadline (newDue, reason), close
 * (outcome, rootCause, learning, replySent, noReplyReason). Dates are ISO (2026-04-17).
 */
@Serdeable
@Schema(description = "The version the caller read, and the fields of the action")
public record ActionRequest(
    @Schema(description = "The case version the caller read; a stale one gets 409", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long version,
    @Nullable String team,
    @Nullable String reason,
    @Nullable String category,
    @Schema(description = "Track names, e.g. DECISION, CASE_HANDLING") @Nullable List<String> tracks,
    @Nullable String body,
    @Schema(description = "Reply: add the standard service-level explanation") @Nullable Boolean serviceLevel,
    @Schema(allowableValues = {"UPHELD", "PARTLY_UPHELD", "MAINTAINED"}) @Nullable String result,
    @Nullable String reconsideredOn,
    @Nullable String forwardedOn,
    @Schema(allowableValues = {"CONFIRMED", "CHANGED", "REMITTED", "DISMISSED"}) @Nullable String decision,
    @Nullable String decidedOn,
    @Schema(description = "Merge: the reference of the case to merge into") @Nullable String into,
    @Nullable String newDue,
    @Schema(allowableValues = {"UPHELD", "PARTLY_UPHELD", "NOT_UPHELD", "NOT_RELEVANT"}) @Nullable String outcome,
    @Schema(description = "An id of the organisation's root causes") @Nullable String rootCause,
    @Nullable String learning,
    @Nullable Boolean replySent,
    @Nullable String noReplyReason) {

    ActionFields fields() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("version", version);
        values.put("team", team);
        values.put("reason", reason);
        values.put("category", category);
        values.put("tracks", tracks);
        values.put("body", body);
        values.put("serviceLevel", serviceLevel);
        values.put("result", result);
        values.put("reconsideredOn", reconsideredOn);
        values.put("forwardedOn", forwardedOn);
        values.put("decision", decision);
        values.put("decidedOn", decidedOn);
        values.put("into", into);
        values.put("newDue", newDue);
        values.put("outcome", outcome);
        values.put("rootCause", rootCause);
        values.put("learning", learning);
        values.put("replySent", replySent);
        values.put("noReplyReason", noReplyReason);
        return ActionFields.of(values);
    }
}
