package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.CaseMessage;
import dk.borgerstemme.complaint.casefile.CaseMessageRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.MessageKind;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.deadline.Deadline;
import dk.borgerstemme.complaint.deadline.DeadlinePlan;
import dk.borgerstemme.complaint.deadline.DeadlineRules;
import dk.borgerstemme.complaint.deadline.ExtensionProblem;
import dk.borgerstemme.complaint.followup.FollowUp;
import dk.borgerstemme.complaint.mail.MailOutbox;
import dk.borgerstemme.complaint.mail.MailLanguage;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import dk.borgerstemme.complaint.routing.ReassignmentProblem;
import dk.borgerstemme.complaint.routing.Routing;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything staff do to a case, one operation per action. Each operation reads the case through the
 * staff member's {@link CaseScope}, refuses a stale version and a move the {@link CaseStateMachine}
 * does not allow, checks its input, changes the case with an optimistic update, and appends one
 * {@link CaseEvent} with the changed fields before and after, all in one transaction: either all of it
 * happens, or none of it does.
 */
@Singleton
public class CaseHandling {

    /** Longest note, reply or reason accepted, in characters. */
    public static final int LONGEST_TEXT = 10_000;
    static final String SERVICE_LEVEL_EXPLANATION = "triage.reply.serviceLevelExplanation";
    private static final String CITIZEN_DATE = "d. MMMM yyyy";

    private final Catalogue catalogue;
    private final ComplaintCaseRepository cases;
    private final ScopedCaseRepository scopedCases;
    private final CaseTrackRepository tracks;
    private final CaseDeadlineRepository deadlines;
    private final CaseMessageRepository messages;
    private final CaseEventRepository events;
    private final CaseAudit audit;
    private final ContactAccess contacts;
    private final MailOutbox mail;
    private final FollowUp followUp;
    private final MessageSource texts;
    private final Clock clock;

    CaseHandling(Catalogue catalogue, ComplaintCaseRepository cases, ScopedCaseRepository scopedCases, CaseTrackRepository tracks,
                 CaseDeadlineRepository deadlines, CaseMessageRepository messages, CaseEventRepository events, CaseAudit audit,
                 ContactAccess contacts, MailOutbox mail, FollowUp followUp, MessageSource texts, Clock clock) {
        this.catalogue = catalogue;
        this.cases = cases;
        this.scopedCases = scopedCases;
        this.tracks = tracks;
        this.deadlines = deadlines;
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.contacts = contacts;
        this.mail = mail;
        this.followUp = followUp;
        this.texts = texts;
        this.clock = clock;
    }

    /** The staff member's scope in the organisation; refused when they handle no complaints there. */
    public CaseScope scopeOf(Staff staff, String organisation) {
        return CaseScope.of(staff, organisation).orElseThrow(() -> new NoCaseAccessException(staff.username(), organisation));
    }

    /** A case in the staff member's scope. */
    public ComplaintCase read(String organisation, String reference, Staff staff) {
        catalogue.require(organisation);
        return scopedCases.find(scopeOf(staff, organisation), reference)
            .orElseThrow(() -> new CaseNotFoundException(organisation, reference));
    }

    /** Acknowledges receipt of a case registered by staff; meets the acknowledgement clock. */
    @Transactional
    public ComplaintCase acknowledge(String organisation, String reference, Staff staff, long version) {
        return act(organisation, reference, staff, version, CaseAction.ACKNOWLEDGE, change -> {
            change.complaint.setStatus(CaseStateMachine.next(change.complaint.getStatus(), CaseAction.ACKNOWLEDGE));
            change.meet(DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.SAME_DAY_ATTENTION);
        });
    }

    /** Assigns the case to the staff member; someone now attends to it. */
    @Transactional
    public ComplaintCase take(String organisation, String reference, Staff staff, long version) {
        return act(organisation, reference, staff, version, CaseAction.TAKE, change -> {
            change.complaint.setStatus(CaseStateMachine.next(change.complaint.getStatus(), CaseAction.TAKE));
            change.complaint.setAssignee(staff.username());
            change.meet(DeadlineKind.SAME_DAY_ATTENTION);
        });
    }

    /** Moves the case to another team, which then takes it; the reason goes into the audit trail. */
    @Transactional
    public ComplaintCase reassign(String organisation, String reference, Staff staff, long version, @Nullable String team,
                                  @Nullable String reason) {
        return act(organisation, reference, staff, version, CaseAction.REASSIGN, change -> {
            List<ReassignmentProblem> problems = new Routing(change.organisation)
                .reassignmentProblems(change.complaint.getTeamId(), team, reason);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems.stream().map(p -> new InputProblem(p.field(), p.messageKey())).toList());
            }
            requireLength("reason", reason);
            change.complaint.setTeamId(team);
            change.complaint.setAssignee(null);
            change.extra.put("reason", reason.strip());
        });
    }

    /**
     * Sets the category and tracks. Each track's clock starts at the receipt, so a track added now gets
     * the clock it would have had from the start; the clocks of removed tracks are dropped; clocks that
     * stay keep their extensions and the day they were met.
     */
    @Transactional
    public ComplaintCase recategorise(String organisation, String reference, Staff staff, long version, Recategorisation input) {
        return act(organisation, reference, staff, version, CaseAction.RECATEGORISE, change -> {
            List<InputProblem> problems = new ArrayList<>();
            String category = blankToNull(input.category());
            if (category != null && change.organisation.complaintCategory(category).isEmpty()) {
                problems.add(new InputProblem("category", "triage.recategorise.categoryUnknown"));
            }
            if (input.tracks().isEmpty()) {
                problems.add(new InputProblem("tracks", "triage.recategorise.tracksMissing"));
            }
            throwIfAny(problems);
            change.complaint.setCategory(category);
            change.complaint.setSafetyConcern(input.tracks().contains(Track.SAFETY_CONCERN));
            change.replaceTracks(EnumSet.copyOf(input.tracks()));
        });
    }

    /** An internal note, for staff only. */
    @Transactional
    public ComplaintCase note(String organisation, String reference, Staff staff, long version, @Nullable String body) {
        return act(organisation, reference, staff, version, CaseAction.NOTE, change -> {
            requireText("body", body, "triage.note.bodyMissing");
            change.write(MessageKind.INTERNAL_NOTE, body.strip());
        });
    }

    /**
     * A public reply: on the citizen's status page and e-mailed when they gave an address. It
     * acknowledges the case if nothing else has.
     */
    @Transactional
    public ComplaintCase reply(String organisation, String reference, Staff staff, long version, PublicReply input) {
        return act(organisation, reference, staff, version, CaseAction.REPLY, change -> {
            requireText("body", input.body(), "triage.reply.bodyMissing");
            String body = input.body().strip();
            if (input.withServiceLevelExplanation()) {
                body = body + "\n\n" + serviceLevelExplanation(change.complaint);
            }
            change.complaint.setStatus(CaseStateMachine.next(change.complaint.getStatus(), CaseAction.REPLY));
            CaseMessage reply = change.write(MessageKind.PUBLIC_REPLY, body);
            change.meet(DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.SAME_DAY_ATTENTION);
            emailToCitizenThroughOutbox(change.complaint, reply);
        });
    }

    /**
     * The reconsideration of a decision complaint. Upheld: handling goes on here. Partly upheld or
     * maintained: the case went to Ankestyrelsen on the forwarding day. Meets the reconsideration clock.
     */
    @Transactional
    public ComplaintCase recordReconsideration(String organisation, String reference, Staff staff, long version,
                                               ReconsiderationRecord input) {
        return act(organisation, reference, staff, version, CaseAction.RECORD_RECONSIDERATION, change -> {
            if (!change.tracks.contains(Track.DECISION)) {
                throw new ActionRefusedException("triage.refused.notAboutDecision");
            }
            List<InputProblem> problems = new ArrayList<>();
            if (input.result() == null) {
                problems.add(new InputProblem("result", "triage.reconsideration.resultMissing"));
            }
            pastDate(problems, "reconsideredOn", input.reconsideredOn(), change.complaint.getReceivedOn(), change.today);
            boolean forwards = input.result() != null && input.result().forwardsToAnkestyrelsen();
            if (forwards) {
                pastDate(problems, "forwardedOn", input.forwardedOn(),
                    input.reconsideredOn() == null ? change.complaint.getReceivedOn() : input.reconsideredOn(), change.today);
            }
            throwIfAny(problems);
            change.complaint.setStatus(CaseStateMachine.afterReconsideration(change.complaint.getStatus(), input.result()));
            change.complaint.setReconsiderationResult(input.result());
            change.complaint.setReconsideredOn(input.reconsideredOn());
            change.complaint.setForwardedOn(forwards ? input.forwardedOn() : null);
            change.meetOn(DeadlineKind.RECONSIDERATION, forwards ? input.forwardedOn() : input.reconsideredOn());
        });
    }

    /** Ankestyrelsen's decision on a forwarded case; handling goes on here (to close it, or to decide again if remitted). */
    @Transactional
    public ComplaintCase recordAnkestyrelsenDecision(String organisation, String reference, Staff staff, long version,
                                                     AnkestyrelsenRuling input) {
        return act(organisation, reference, staff, version, CaseAction.RECORD_ANKESTYRELSEN_DECISION, change -> {
            List<InputProblem> problems = new ArrayList<>();
            if (input.decision() == null) {
                problems.add(new InputProblem("decision", "triage.ankestyrelsen.decisionMissing"));
            }
            LocalDate forwarded = change.complaint.getForwardedOn();
            pastDate(problems, "decidedOn", input.decidedOn(), forwarded == null ? change.complaint.getReceivedOn() : forwarded, change.today);
            throwIfAny(problems);
            change.complaint.setStatus(CaseStateMachine.next(change.complaint.getStatus(), CaseAction.RECORD_ANKESTYRELSEN_DECISION));
            change.complaint.setAnkestyrelsenDecision(input.decision());
            change.complaint.setAnkestyrelsenDecidedOn(input.decidedOn());
        });
    }

    /** Folds a duplicate into another open case of the organisation; both case pages link to each other. */
    @Transactional
    public ComplaintCase merge(String organisation, String reference, Staff staff, long version, @Nullable String intoReference) {
        return act(organisation, reference, staff, version, CaseAction.MERGE, change -> {
            String into = blankToNull(intoReference);
            if (into == null) {
                throw new InvalidInputException(List.of(new InputProblem("into", "triage.merge.intoMissing")));
            }
            if (into.equalsIgnoreCase(change.complaint.getReference())) {
                throw new InvalidInputException(List.of(new InputProblem("into", "triage.merge.self")));
            }
            ComplaintCase target = scopedCases.find(change.scope, into.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException(List.of(new InputProblem("into", "triage.merge.intoUnknown"))));
            if (!target.getStatus().isOpen()) {
                throw new InvalidInputException(List.of(new InputProblem("into", "triage.merge.intoNotOpen")));
            }
            change.complaint.setStatus(CaseStateMachine.next(change.complaint.getStatus(), CaseAction.MERGE));
            change.complaint.setMergedInto(target.getId());
            change.extra.put("mergedIntoReference", target.getReference());
        });
    }

    /** The citizen withdrew the complaint; how and when goes into the audit trail. */
    @Transactional
    public ComplaintCase withdraw(String organisation, String reference, Staff staff, long version, @Nullable String reason) {
        return act(organisation, reference, staff, version, CaseAction.WITHDRAW, change -> {
            requireText("reason", reason, "triage.withdraw.reasonMissing");
            change.complaint.setStatus(CaseStateMachine.next(change.complaint.getStatus(), CaseAction.WITHDRAW));
            change.extra.put("reason", reason.strip());
        });
    }

    /**
     * Moves the answer deadline when it cannot be met, and tells the citizen why and the new date in a
     * deadline notice (on the status page and by e-mail). Only the answer deadline of an open case moves.
     */
    @Transactional
    public ComplaintCase extendAnswerDeadline(String organisation, String reference, Staff staff, long version,
                                              DeadlineExtension input) {
        return act(organisation, reference, staff, version, null, change -> {
            if (!change.complaint.getStatus().isOpen()) {
                throw new ActionRefusedException("triage.refused.extendNotOpen");
            }
            CaseDeadline answer = change.deadline(DeadlineKind.ANSWER)
                .filter(row -> !row.isMet())
                .orElseThrow(() -> new ActionRefusedException("triage.refused.noAnswerClock"));
            Deadline running = change.clocks().asDeadline(answer);
            List<ExtensionProblem> problems = change.rules.extensionProblems(running, input.newDue(), input.reason(), change.today);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems.stream().map(p -> new InputProblem(p.field(), p.messageKey())).toList());
            }
            requireLength("reason", input.reason());
            change.rules.extendAnswer(running, input.newDue(), input.reason(), change.today);
            String reason = input.reason().strip();
            change.replaceDeadline(answer.extendedTo(input.newDue(), reason));
            CaseMessage notice = change.write(MessageKind.DEADLINE_NOTICE, citizenText(change.complaint, "triage.notice.body",
                citizenDate(change.complaint, answer.dueOn()), citizenDate(change.complaint, input.newDue()), reason));
            change.extra.put("reason", reason);
            emailToCitizenThroughOutbox(change.complaint, notice);
        });
    }

    /**
     * Closes the case with what the organisation learns from it: an outcome, a root cause from the
     * catalogue, what was learned or changed, and a reply sent (or why not). A service-level complaint
     * must have been answered with the standard explanation. Meets the answer clocks.
     */
    @Transactional
    public ComplaintCase close(String organisation, String reference, Staff staff, long version, Closing input) {
        return act(organisation, reference, staff, version, CaseAction.CLOSE, change -> {
            List<InputProblem> problems = new ArrayList<>();
            if (input.outcome() == null) {
                problems.add(new InputProblem("outcome", "triage.close.outcomeMissing"));
            }
            String rootCause = blankToNull(input.rootCause());
            if (rootCause == null) {
                problems.add(new InputProblem("rootCause", "triage.close.rootCauseMissing"));
            } else if (change.organisation.rootCause(rootCause).isEmpty()) {
                problems.add(new InputProblem("rootCause", "triage.close.rootCauseUnknown"));
            }
            if (blankToNull(input.learning()) == null) {
                problems.add(new InputProblem("learning", "triage.close.learningMissing"));
            } else if (input.learning().length() > LONGEST_TEXT) {
                problems.add(new InputProblem("learning", "triage.text.tooLong"));
            }
            List<CaseMessage> replies = messages.findByCaseIdAndKindInListOrderByWrittenAt(change.complaint.getId(),
                List.of(MessageKind.PUBLIC_REPLY));
            boolean replySent = Boolean.TRUE.equals(input.replySent());
            if (input.replySent() == null) {
                problems.add(new InputProblem("replySent", "triage.close.replySentMissing"));
            } else if (replySent && replies.isEmpty()) {
                problems.add(new InputProblem("replySent", "triage.close.noReplyWritten"));
            } else if (!replySent && blankToNull(input.noReplyReason()) == null) {
                problems.add(new InputProblem("noReplyReason", "triage.close.noReplyReasonMissing"));
            }
            if (change.tracks.contains(Track.SERVICE_LEVEL)
                && replies.stream().noneMatch(reply -> reply.body().contains(serviceLevelExplanation(change.complaint)))) {
                problems.add(new InputProblem("replySent", "triage.close.serviceLevelExplanationMissing"));
            }
            throwIfAny(problems);
            change.complaint.setStatus(CaseStateMachine.next(change.complaint.getStatus(), CaseAction.CLOSE));
            change.complaint.setOutcome(input.outcome());
            change.complaint.setRootCause(rootCause);
            change.complaint.setLearning(input.learning().strip());
            change.complaint.setReplySent(replySent);
            change.complaint.setNoReplyReason(replySent ? null : input.noReplyReason().strip());
            change.complaint.setClosedAt(change.now);
            change.meet(DeadlineKind.ANSWER, DeadlineKind.ACCESS_TO_RECORDS, DeadlineKind.SAME_DAY_ATTENTION);
            followUp.caseClosed(change.complaint);
        });
    }

    /** Opens a closed case again, when the citizen does not accept the outcome; the reopenings are counted. */
    @Transactional
    public ComplaintCase reopen(String organisation, String reference, Staff staff, long version, @Nullable String reason) {
        return act(organisation, reference, staff, version, CaseAction.REOPEN, change -> {
            requireText("reason", reason, "triage.reopen.reasonMissing");
            change.complaint.setStatus(CaseStateMachine.next(change.complaint.getStatus(), CaseAction.REOPEN));
            change.complaint.setReopenCount(change.complaint.getReopenCount() + 1);
            change.complaint.setClosedAt(null);
            change.extra.put("reason", reason.strip());
        });
    }

    /** The standard explanation for a complaint about the service level the council set, in the citizen's language. */
    public String serviceLevelExplanation(ComplaintCase complaint) {
        return citizenText(complaint, SERVICE_LEVEL_EXPLANATION);
    }

    /**
     * The one place a public message leaves for the citizen: by e-mail through the outbox
     * ({@code MailOutbox} → {@code Outbox.enqueue}), in this transaction, when the citizen gave an
     * address; keyed on the message, so it is sent once. The address is read at delivery, not stored
     * in the outbox. Anonymous citizens read the message on the status page with reference and code.
     */
    private void emailToCitizenThroughOutbox(ComplaintCase complaint, CaseMessage message) {
        boolean hasAddress = contacts.readForDelivery(complaint).filter(ContactDetails::hasEmail).isPresent();
        if (!hasAddress) {
            return;
        }
        String subject = citizenText(complaint, "triage.mail.subject." + message.kind(), complaint.getReference());
        String text = citizenText(complaint, "triage.mail.text", complaint.getReference(), message.body());
        mail.sendToComplainant(complaint, message.kind().name().toLowerCase(Locale.ROOT) + ":" + message.id(), subject, text);
    }

    /** A text to the citizen, in the language they filed the case in. */
    private String citizenText(ComplaintCase complaint, String key, Object... arguments) {
        return texts.getMessage(key, MailLanguage.of(complaint), arguments).orElseThrow(() -> new IllegalStateException("No text " + key));
    }

    private static String citizenDate(ComplaintCase complaint, LocalDate date) {
        return DateTimeFormatter.ofPattern(CITIZEN_DATE, MailLanguage.of(complaint)).format(date);
    }

    private ComplaintCase act(String organisation, String reference, Staff staff, long version, @Nullable CaseAction action, Work work) {
        Organisation org = catalogue.require(organisation);
        CaseScope scope = scopeOf(staff, organisation);
        ComplaintCase complaint = scopedCases.findForUpdate(scope, reference)
            .orElseThrow(() -> new CaseNotFoundException(organisation, reference));
        if (complaint.getVersion() == null || complaint.getVersion() != version) {
            throw new StaleCaseException(reference, version);
        }
        if (action != null) {
            CaseStateMachine.requireAllowed(complaint.getStatus(), action);
        }
        Change change = new Change(org, scope, staff, complaint, LocalDateTime.now(clock));
        Map<String, Object> before = CaseAudit.snapshot(complaint, change.tracks, change.deadlines);
        work.apply(change);
        complaint.setUpdatedAt(change.now);
        ComplaintCase updated;
        try {
            updated = cases.update(complaint);
        } catch (OptimisticLockException e) {
            throw new StaleCaseException(reference, version);
        }
        CaseAudit.Changes changes = CaseAudit.changes(before, CaseAudit.snapshot(updated, change.tracks, change.deadlines));
        Map<String, Object> after = new LinkedHashMap<>(changes.after());
        after.putAll(change.extra);
        events.save(new CaseEvent(null, complaint.getId(), change.now, staff.username(),
            action == null ? HandlingEvents.EXTEND_DEADLINE : action.name(),
            audit.toJson(changes.before()), audit.toJson(after)));
        return updated;
    }

    private static void requireText(String field, @Nullable String text, String missingKey) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(List.of(new InputProblem(field, missingKey)));
        }
        requireLength(field, text);
    }

    private static void requireLength(String field, @Nullable String text) {
        if (text != null && text.length() > LONGEST_TEXT) {
            throw new InvalidInputException(List.of(new InputProblem(field, "triage.text.tooLong")));
        }
    }

    private static void pastDate(List<InputProblem> problems, String field, @Nullable LocalDate date, LocalDate notBefore, LocalDate today) {
        if (date == null) {
            problems.add(new InputProblem(field, "triage.date.missing"));
        } else if (date.isAfter(today)) {
            problems.add(new InputProblem(field, "triage.date.future"));
        } else if (date.isBefore(notBefore)) {
            problems.add(new InputProblem(field, "triage.date.tooEarly"));
        }
    }

    private static void throwIfAny(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @FunctionalInterface
    private interface Work {
        void apply(Change change);
    }

    /** One operation's view of the case while it changes it: the rows it touches and what goes into the event. */
    private final class Change {
        final Organisation organisation;
        final CaseScope scope;
        final Staff staff;
        final ComplaintCase complaint;
        final LocalDateTime now;
        final LocalDate today;
        final DeadlineRules rules;
        final Set<Track> tracks;
        final List<CaseDeadline> deadlines;
        final Map<String, Object> extra = new LinkedHashMap<>();

        Change(Organisation organisation, CaseScope scope, Staff staff, ComplaintCase complaint, LocalDateTime now) {
            this.organisation = organisation;
            this.scope = scope;
            this.staff = staff;
            this.complaint = complaint;
            this.now = now;
            this.today = now.toLocalDate();
            this.rules = DeadlineRules.of(organisation);
            this.tracks = EnumSet.noneOf(Track.class);
            this.tracks.addAll(CaseHandling.this.tracks.tracksOf(complaint.getId()));
            this.deadlines = new ArrayList<>(CaseHandling.this.deadlines.findByCaseIdOrderByDueOn(complaint.getId()));
        }

        CaseClocks clocks() {
            return new CaseClocks(organisation, complaint, tracks, deadlines);
        }

        Optional<CaseDeadline> deadline(DeadlineKind kind) {
            return deadlines.stream().filter(row -> row.kind() == kind).findFirst();
        }

        void meet(DeadlineKind... kinds) {
            for (DeadlineKind kind : kinds) {
                deadline(kind).filter(row -> !row.isMet()).ifPresent(row -> replaceDeadline(row.metAt(now)));
            }
        }

        /** Meets a clock on the day the thing happened, which may be before it was recorded. */
        void meetOn(DeadlineKind kind, LocalDate day) {
            deadline(kind).filter(row -> !row.isMet())
                .ifPresent(row -> replaceDeadline(row.metAt(day.equals(today) ? now : day.atStartOfDay())));
        }

        void replaceDeadline(CaseDeadline changed) {
            CaseDeadline saved = CaseHandling.this.deadlines.update(changed);
            deadlines.replaceAll(row -> row.kind() == saved.kind() ? saved : row);
        }

        void replaceTracks(Set<Track> newTracks) {
            CaseHandling.this.tracks.replace(complaint.getId(), newTracks);
            tracks.clear();
            tracks.addAll(newTracks);
            DeadlinePlan plan = rules.plan(CaseClocks.receipt(complaint, newTracks));
            for (CaseDeadline row : List.copyOf(deadlines)) {
                if (plan.deadline(row.kind()).isEmpty()) {
                    CaseHandling.this.deadlines.delete(row);
                    deadlines.remove(row);
                }
            }
            for (Deadline clock : plan.deadlines()) {
                if (deadline(clock.kind()).isEmpty()) {
                    CaseDeadline row = CaseDeadline.due(complaint.getId(), clock.kind(), clock.due());
                    if (clock.isMet()) {
                        row = row.metAt(complaint.getReceivedAt());
                    }
                    deadlines.add(CaseHandling.this.deadlines.save(row));
                }
            }
        }

        CaseMessage write(MessageKind kind, String body) {
            CaseMessage message = messages.save(new CaseMessage(null, complaint.getId(), kind, body, staff.username(), now));
            extra.put("message", message.id());
            extra.put("messageKind", kind.name());
            return message;
        }
    }
}
