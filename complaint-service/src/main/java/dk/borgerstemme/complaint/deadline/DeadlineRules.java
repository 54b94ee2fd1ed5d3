package dk.borgerstemme.complaint.deadline;

import dk.borgerstemme.complaint.calendar.WorkingDayCalendar;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.platform.catalogue.Deadlines;
import dk.borgerstemme.platform.catalogue.Organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The deadlines of an organisation's cases. Every clock starts at receipt and runs on its own; none is
 * paused while the organisation waits for the citizen, so a plan can be recomputed from the receipt at
 * any time (for instance when triage changes the tracks) and gives the same days.
 */
public final class DeadlineRules {

    /** A running clock due within this many working days (today counts as 0) is due soon. */
    public static final int DUE_SOON_WORKING_DAYS = 2;
    /** The citizen's own deadline to complain about a decision (retssikkerhedsloven § 67). */
    public static final int CITIZEN_COMPLAINT_WEEKS = 4;
    /** The reconsideration warns from these days after receipt. */
    public static final List<Integer> RECONSIDERATION_WARNING_DAYS = List.of(14, 21);
    /** The tracks answered within the organisation's answer deadline. */
    public static final Set<Track> ANSWERED_TRACKS =
        Collections.unmodifiableSet(EnumSet.of(Track.CASE_HANDLING, Track.CONDUCT_OR_DELIVERY, Track.SERVICE_LEVEL));

    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;

    public DeadlineRules(WorkingDayCalendar calendar, Deadlines deadlines) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    public static DeadlineRules of(Organisation organisation) {
        return new DeadlineRules(WorkingDayCalendar.of(organisation), organisation.deadlines());
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * The clocks of a case: acknowledgement always (met at receipt on the web); reconsideration for the
     * decision track; the answer deadline for case handling, conduct or delivery and service level; access
     * to records; same-day attention for a safety concern. Praise and suggestions alone run no answer clock.
     */
    public DeadlinePlan plan(Receipt receipt) {
        LocalDate receivedOn = receipt.receivedOn();
        Set<Track> tracks = receipt.tracks();
        List<Deadline> clocks = new ArrayList<>();
        clocks.add(acknowledgement(receipt));
        if (tracks.contains(Track.DECISION)) {
            clocks.add(reconsideration(receivedOn));
        }
        if (tracks.stream().anyMatch(ANSWERED_TRACKS::contains)) {
            clocks.add(Deadline.running(DeadlineKind.ANSWER,
                calendar.plusWorkingDays(receivedOn, deadlines.answerWorkingDays())));
        }
        if (tracks.contains(Track.ACCESS_TO_RECORDS)) {
            clocks.add(Deadline.running(DeadlineKind.ACCESS_TO_RECORDS,
                calendar.plusWorkingDays(receivedOn, deadlines.accessToRecordsWorkingDays())));
        }
        if (tracks.contains(Track.SAFETY_CONCERN)) {
            clocks.add(Deadline.running(DeadlineKind.SAME_DAY_ATTENTION, calendar.workingDayOnOrAfter(receivedOn)));
        }
        LocalDate citizenDeadline = receipt.decisionDate() == null ? null : citizenComplaintDeadline(receipt.decisionDate());
        boolean late = citizenDeadline != null && receivedOn.isAfter(citizenDeadline);
        return new DeadlinePlan(clocks, citizenDeadline, late);
    }

    /**
     * The last day the citizen could complain about a decision of this date: 4 weeks later, moved to the
     * next working day when that is closed. Counted from the decision date rather than the (unknown) day
     * the citizen received it, so a complaint flagged late may still be in time; that is why it is only flagged.
     */
    public LocalDate citizenComplaintDeadline(LocalDate decisionDate) {
        return calendar.workingDayOnOrAfter(decisionDate.plusWeeks(CITIZEN_COMPLAINT_WEEKS));
    }

    /** How a clock stands today: met, overdue, due soon (or past a warning day), or on track. */
    public DueState dueState(Deadline deadline, LocalDate today) {
        if (deadline.isMet()) {
            return DueState.MET;
        }
        if (today.isAfter(deadline.due())) {
            return DueState.OVERDUE;
        }
        boolean warned = deadline.warnings().stream().anyMatch(warning -> !today.isBefore(warning));
        if (warned || calendar.workingDaysBetween(today, deadline.due()) <= DUE_SOON_WORKING_DAYS) {
            return DueState.DUE_SOON;
        }
        return DueState.ON_TRACK;
    }

    /** What is wrong with moving the answer deadline to {@code newDue} for {@code reason}; empty when nothing. */
    public List<ExtensionProblem> extensionProblems(Deadline answer, LocalDate newDue, String reason, LocalDate today) {
        requireAnswer(answer);
        List<ExtensionProblem> problems = new ArrayList<>();
        if (newDue == null) {
            problems.add(ExtensionProblem.NEW_DATE_MISSING);
        } else if (!newDue.isAfter(answer.due())) {
            problems.add(ExtensionProblem.NEW_DATE_NOT_LATER);
        } else if (newDue.isBefore(today)) {
            problems.add(ExtensionProblem.NEW_DATE_IN_THE_PAST);
        } else if (!calendar.isWorkingDay(newDue)) {
            problems.add(ExtensionProblem.NEW_DATE_NOT_A_WORKING_DAY);
        }
        if (reason == null || reason.isBlank()) {
            problems.add(ExtensionProblem.REASON_MISSING);
        }
        return problems;
    }

    /**
     * Moves the answer deadline when it cannot be met: a later working day and a reason, both of which
     * the citizen must be told. Only the answer deadline can be extended; the others are set by law.
     *
     * @throws InvalidExtensionException when {@link #extensionProblems} finds any
     */
    public AnswerExtension extendAnswer(Deadline answer, LocalDate newDue, String reason, LocalDate today) {
        List<ExtensionProblem> problems = extensionProblems(answer, newDue, reason, today);
        if (!problems.isEmpty()) {
            throw new InvalidExtensionException(problems);
        }
        return new AnswerExtension(answer.due(), newDue, reason.strip(), answer.dueOn(newDue));
    }

    private Deadline acknowledgement(Receipt receipt) {
        LocalDate receivedOn = receipt.receivedOn();
        if (!receipt.channel().registeredByStaff()) {
            return Deadline.running(DeadlineKind.ACKNOWLEDGEMENT, receivedOn).metOn(receivedOn);
        }
        return Deadline.running(DeadlineKind.ACKNOWLEDGEMENT,
            calendar.plusWorkingDays(receivedOn, deadlines.acknowledgementWorkingDays()));
    }

    private Deadline reconsideration(LocalDate receivedOn) {
        LocalDate due = calendar.workingDayOnOrAfter(receivedOn.plusWeeks(deadlines.decisionReconsiderationWeeks()));
        List<LocalDate> warnings = RECONSIDERATION_WARNING_DAYS.stream().map(receivedOn::plusDays).toList();
        return new Deadline(DeadlineKind.RECONSIDERATION, due, warnings, null);
    }

    private static void requireAnswer(Deadline deadline) {
        if (deadline.kind() != DeadlineKind.ANSWER) {
            throw new IllegalArgumentException("Only the answer deadline can be extended, not " + deadline.kind());
        }
        if (deadline.isMet()) {
            throw new IllegalArgumentException("The answer deadline was met on " + deadline.metOn() + "; there is nothing to extend");
        }
    }
}
