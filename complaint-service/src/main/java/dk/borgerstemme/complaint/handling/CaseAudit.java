package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.Track;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the audit trail records of a case: the fields handling can change, the tracks and the clocks.
 * Contact details are deliberately not among them, nor what the citizen wrote.
 */
@Singleton
class CaseAudit {

    private final ObjectMapper json;

    CaseAudit(ObjectMapper json) {
        this.json = json;
    }

    static Map<String, Object> snapshot(ComplaintCase complaint, Set<Track> tracks, Collection<CaseDeadline> deadlines) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", complaint.getStatus());
        fields.put("team", complaint.getTeamId());
        fields.put("assignee", complaint.getAssignee());
        fields.put("category", complaint.getCategory());
        fields.put("tracks", tracks.stream().sorted().map(Track::name).toList());
        fields.put("safetyConcern", complaint.isSafetyConcern());
        fields.put("reconsiderationResult", complaint.getReconsiderationResult());
        fields.put("reconsideredOn", complaint.getReconsideredOn());
        fields.put("forwardedOn", complaint.getForwardedOn());
        fields.put("ankestyrelsenDecision", complaint.getAnkestyrelsenDecision());
        fields.put("ankestyrelsenDecidedOn", complaint.getAnkestyrelsenDecidedOn());
        fields.put("outcome", complaint.getOutcome());
        fields.put("rootCause", complaint.getRootCause());
        fields.put("learning", complaint.getLearning());
        fields.put("replySent", complaint.getReplySent());
        fields.put("noReplyReason", complaint.getNoReplyReason());
        fields.put("closedAt", complaint.getClosedAt());
        fields.put("reopenCount", complaint.getReopenCount());
        fields.put("mergedInto", complaint.getMergedInto());
        Map<String, CaseDeadline> byKind = new TreeMap<>();
        deadlines.forEach(deadline -> byKind.put(deadline.kind().name(), deadline));
        byKind.forEach((kind, deadline) -> {
            fields.put("deadline." + kind + ".due", deadline.dueOn());
            fields.put("deadline." + kind + ".met", deadline.metAt());
        });
        Map<String, Object> asText = new LinkedHashMap<>();
        fields.forEach((name, value) -> asText.put(name, value == null || value instanceof Collection<?> || value instanceof Boolean
            || value instanceof Number ? value : value.toString()));
        return asText;
    }

    /** The fields that differ, as {before, after}; a field that appears or disappears is null on the other side. */
    static Changes changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        before.forEach((name, value) -> {
            if (!Objects.equals(value, after.get(name))) {
                was.put(name, value);
                now.put(name, after.get(name));
            }
        });
        after.forEach((name, value) -> {
            if (!before.containsKey(name)) {
                was.put(name, null);
                now.put(name, value);
            }
        });
        return new Changes(was, now);
    }

    String toJson(Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> fromJson(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(text, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Changes(Map<String, Object> before, Map<String, Object> after) {
    }
}
