package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.CaseMessage;
import dk.borgerstemme.complaint.casefile.CaseMessageRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.handling.CaseAction;
import dk.borgerstemme.complaint.handling.CaseClocks;
import dk.borgerstemme.complaint.handling.CaseScope;
import dk.borgerstemme.complaint.handling.CaseStateMachine;
import dk.borgerstemme.complaint.handling.HandlingEvents;
import dk.borgerstemme.complaint.handling.ScopedCaseRepository;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns cases into what staff read: queue rows and case pages, with every id also in words. */
@Singleton
class CaseReader {

    private final ComplaintCaseRepository cases;
    private final ScopedCaseRepository scopedCases;
    private final CaseTrackRepository tracks;
    private final CaseDeadlineRepository deadlines;
    private final CaseMessageRepository messages;
    private final CaseEventRepository events;
    private final MessageSource texts;
    private final ObjectMapper json;

    CaseReader(ComplaintCaseRepository cases, ScopedCaseRepository scopedCases, CaseTrackRepository tracks, CaseDeadlineRepository deadlines,
               CaseMessageRepository messages, CaseEventRepository events, MessageSource texts, ObjectMapper json) {
        this.cases = cases;
        this.scopedCases = scopedCases;
        this.tracks = tracks;
        this.deadlines = deadlines;
        this.messages = messages;
        this.events = events;
        this.texts = texts;
        this.json = json;
    }

    CaseSummary summary(Organisation organisation, CaseQueue.Entry entry, Locale locale) {
        ComplaintCase complaint = entry.complaint();
        CaseSummary.DeadlineSummary next = entry.nearest().map(clock -> new CaseSummary.DeadlineSummary(
            clock.kind().name(), text("deadline.kind." + clock.kind(), locale), clock.due(),
            entry.urgency().orElseThrow().name(), text("triage.due." + entry.urgency().orElseThrow(), locale))).orElse(null);
        return new CaseSummary(
            complaint.getReference(),
            complaint.getKind().name(), text("triage.kind." + complaint.getKind(), locale),
            complaint.getStatus().name(), text("handling.status." + complaint.getStatus(), locale),
            complaint.getUnitId(), unitName(organisation, complaint.getUnitId(), locale),
            complaint.getTeamId(), teamName(organisation, complaint.getTeamId(), locale),
            complaint.getAssignee(),
            complaint.getCategory(),
            tracks(entry.tracks(), locale),
            next,
            complaint.getStatus().isOpen() && (complaint.isSafetyConcern() || entry.tracks().contains(Track.SAFETY_CONCERN)),
            complaint.getReceivedOn());
    }

    CaseDetails details(Organisation organisation, CaseScope scope, ComplaintCase complaint, LocalDate today, Locale locale) {
        long id = complaint.getId();
        Set<Track> caseTracks = tracks.tracksOf(id);
        CaseClocks clocks = new CaseClocks(organisation, complaint, caseTracks, deadlines.findByCaseIdOrderByDueOn(id));
        List<CaseEvent> trail = events.findByCaseIdOrderById(id);
        String mergedInto = complaint.getMergedInto() == null ? null
            : cases.findById(complaint.getMergedInto()).map(ComplaintCase::getReference).orElse(null);
        return new CaseDetails(
            complaint.getReference(),
            complaint.getVersion(),
            complaint.getKind().name(), text("triage.kind." + complaint.getKind(), locale),
            complaint.getStatus().name(), text("handling.status." + complaint.getStatus(), locale),
            complaint.getReceivedAt(),
            complaint.getChannel().name(), text("triage.channel." + complaint.getChannel(), locale),
            complaint.getComplainantRole().name(), text("triage.role." + complaint.getComplainantRole(), locale),
            complaint.getAreaId(), complaint.getAreaId() == null ? null
                : organisation.area(complaint.getAreaId()).map(area -> area.name().in(locale)).orElse(complaint.getAreaId()),
            complaint.getUnitId(), unitName(organisation, complaint.getUnitId(), locale),
            complaint.getTeamId(), teamName(organisation, complaint.getTeamId(), locale),
            complaint.getAssignee(),
            complaint.getCategory(), categoryName(organisation, complaint.getCategory(), locale),
            complaint.getWhatHappened(),
            complaint.getWish(),
            complaint.isAboutDecision(),
            complaint.getDecisionDate(),
            complaint.isLateDecisionComplaint(),
            complaint.isAnonymous(),
            complaint.isHideNameFromUnit(),
            complaint.isSafetyConcern() || caseTracks.contains(Track.SAFETY_CONCERN),
            tracks(caseTracks, locale),
            clocks.all(today).stream().map(clock -> new CaseDetails.Clock(
                clock.kind().name(), text("deadline.kind." + clock.kind(), locale), clock.due(), clock.originalDue(), clock.extended(),
                clock.extensionReason(), clock.metAt(), clock.state() == null ? null : clock.state().name(),
                clock.state() == null ? text("triage.deadline.stopped", locale) : text("triage.due." + clock.state(), locale))).toList(),
            name(complaint.getReconsiderationResult()), complaint.getReconsideredOn(), complaint.getForwardedOn(),
            name(complaint.getAnkestyrelsenDecision()), complaint.getAnkestyrelsenDecidedOn(),
            name(complaint.getOutcome()), complaint.getOutcome() == null ? null : text("triage.outcome." + complaint.getOutcome(), locale),
            complaint.getRootCause(), complaint.getRootCause() == null ? null
                : organisation.rootCause(complaint.getRootCause()).map(cause -> cause.name().in(locale)).orElse(complaint.getRootCause()),
            complaint.getLearning(),
            complaint.getReplySent(),
            complaint.getNoReplyReason(),
            complaint.getClosedAt(),
            complaint.getReopenCount(),
            mergedInto,
            scopedCases.mergedInto(scope, id).stream().map(ComplaintCase::getReference).toList(),
            timeline(organisation, trail, messages.findByCaseIdOrderByWrittenAt(id), locale),
            CaseStateMachine.allowedActions(complaint.getStatus()).stream().sorted().map(Enum::name).toList(),
            trail.isEmpty() ? 0 : trail.get(trail.size() - 1).id());
    }

    /** The audit events after {@code sinceEventId}: what someone else changed while the reader had the page open. */
    List<CaseDetails.TimelineEntry> changesSince(CaseDetails details, long sinceEventId) {
        return details.timeline().stream().filter(entry -> entry.eventId() > sinceEventId).toList();
    }

    private List<CaseDetails.TimelineEntry> timeline(Organisation organisation, List<CaseEvent> trail, List<CaseMessage> written, Locale locale) {
        Map<Long, CaseMessage> byId = new HashMap<>();
        written.forEach(message -> byId.put(message.id(), message));
        Set<Long> shown = new HashSet<>();
        List<CaseDetails.TimelineEntry> entries = new ArrayList<>();
        for (CaseEvent event : trail) {
            Map<String, Object> before = parse(event.beforeJson());
            Map<String, Object> after = parse(event.afterJson());
            CaseMessage message = after.get("message") instanceof Number number ? byId.get(number.longValue()) : null;
            if (message != null) {
                shown.add(message.id());
            }
            List<CaseDetails.Change> changes = new ArrayList<>();
            Set<String> fields = new java.util.LinkedHashSet<>(before.keySet());
            fields.addAll(after.keySet());
            fields.remove("message");
            fields.remove("messageKind");
            for (String field : fields) {
                changes.add(new CaseDetails.Change(field, fieldText(field, locale),
                    valueText(organisation, field, before.get(field), locale), valueText(organisation, field, after.get(field), locale)));
            }
            entries.add(new CaseDetails.TimelineEntry(event.id(), event.occurredAt(), event.actor(), event.action(),
                actionText(event.action(), locale), changes, message == null ? null : message(message, locale)));
        }
        for (CaseMessage message : written) {
            if (!shown.contains(message.id())) {
                entries.add(new CaseDetails.TimelineEntry(0, message.writtenAt(), message.author(), "MESSAGE",
                    text("triage.messageKind." + message.kind(), locale), List.of(), message(message, locale)));
            }
        }
        entries.sort(Comparator.comparing(CaseDetails.TimelineEntry::at).thenComparing(CaseDetails.TimelineEntry::eventId));
        return entries;
    }

    private CaseDetails.Message message(CaseMessage message, Locale locale) {
        return new CaseDetails.Message(message.kind().name(), text("triage.messageKind." + message.kind(), locale), message.body(),
            message.author(), message.writtenAt());
    }

    private String actionText(String action, Locale locale) {
        if (HandlingEvents.EXTEND_DEADLINE.equals(action)) {
            return text("triage.event.EXTEND_DEADLINE", locale);
        }
        try {
            return text(CaseAction.valueOf(action).messageKey(), locale);
        } catch (IllegalArgumentException notAnAction) {
            return texts.getMessage("triage.event." + action, locale).orElse(action);
        }
    }

    private String fieldText(String field, Locale locale) {
        if (field.startsWith("deadline.")) {
            String[] parts = field.split("\\.");
            return text("triage.field.deadline." + parts[2], locale, text("deadline.kind." + parts[1], locale));
        }
        return texts.getMessage("triage.field." + field, locale).orElse(field);
    }

    private String valueText(Organisation organisation, String field, @Nullable Object value, Locale locale) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return String.join(", ", values.stream().map(item -> valueText(organisation, field, item, locale)).toList());
        }
        if (value instanceof Boolean yes) {
            return text(yes ? "triage.yes" : "triage.no", locale);
        }
        String raw = value.toString();
        return switch (field) {
            case "status" -> text("handling.status." + raw, locale);
            case "team" -> teamName(organisation, raw, locale);
            case "category" -> categoryName(organisation, raw, locale);
            case "tracks" -> text("triage.track." + raw, locale);
            case "channel" -> text("triage.channel." + raw, locale);
            case "kind" -> text("triage.kind." + raw, locale);
            case "outcome" -> text("triage.outcome." + raw, locale);
            case "reconsiderationResult" -> text("triage.reconsideration.result." + raw, locale);
            case "ankestyrelsenDecision" -> text("triage.ankestyrelsen.decision." + raw, locale);
            case "rootCause" -> organisation.rootCause(raw).map(cause -> cause.name().in(locale)).orElse(raw);
            default -> raw.replace('T', ' ').replaceFirst("(\\d\\d:\\d\\d):\\d\\d(\\.\\d+)?$", "$1");
        };
    }

    private Map<String, Object> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = json.readValue(text, Map.class);
            return parsed == null ? Map.of() : parsed;
        } catch (IOException e) {
            return Map.of();
        }
    }

    List<CaseSummary.Labelled> tracks(Collection<Track> caseTracks, Locale locale) {
        return caseTracks.stream().sorted().map(track -> new CaseSummary.Labelled(track.name(), text("triage.track." + track, locale))).toList();
    }

    static String unitName(Organisation organisation, @Nullable String unitId, Locale locale) {
        return unitId == null ? null : organisation.unit(unitId).map(unit -> unit.name().in(locale)).orElse(unitId);
    }

    static String teamName(Organisation organisation, String teamId, Locale locale) {
        return organisation.team(teamId).map(team -> team.name().in(locale)).orElse(teamId);
    }

    static String categoryName(Organisation organisation, @Nullable String categoryId, Locale locale) {
        return categoryId == null ? null
            : organisation.complaintCategory(categoryId).map(category -> category.name().in(locale)).orElse(categoryId);
    }

    private static String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    String text(String key, Locale locale, Object... arguments) {
        return texts.getMessage(key, locale, arguments).orElse(key);
    }
}
