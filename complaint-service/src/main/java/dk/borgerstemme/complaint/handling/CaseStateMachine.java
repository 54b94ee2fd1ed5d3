package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import dk.borgerstemme.complaint.casefile.Status;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dk.borgerstemme.complaint.handling.CaseAction.ACKNOWLEDGE;
import static dk.borgerstemme.complaint.handling.CaseAction.CLOSE;
import static dk.borgerstemme.complaint.handling.CaseAction.MERGE;
import static dk.borgerstemme.complaint.handling.CaseAction.NOTE;
import static dk.borgerstemme.complaint.handling.CaseAction.REASSIGN;
import static dk.borgerstemme.complaint.handling.CaseAction.RECATEGORISE;
import static dk.borgerstemme.complaint.handling.CaseAction.RECORD_ANKESTYRELSEN_DECISION;
import static dk.borgerstemme.complaint.handling.CaseAction.RECORD_RECONSIDERATION;
import static dk.borgerstemme.complaint.handling.CaseAction.REOPEN;
import static dk.borgerstemme.complaint.handling.CaseAction.REPLY;
import static dk.borgerstemme.complaint.handling.CaseAction.TAKE;
import static dk.borgerstemme.complaint.handling.CaseAction.WITHDRAW;

/**
 * The moves a case can make. A case received by staff starts RECEIVED and must be acknowledged before
 * work on it starts; one filed on the web is acknowledged by its receipt. While a maintained decision is
 * with Ankestyrelsen the case can neither be closed nor merged: its decision is recorded first. A closed
 * case only takes notes until it is reopened; a withdrawn or merged one only takes notes.
 */
public final class CaseStateMachine {

    private static final Map<Status, Set<CaseAction>> ALLOWED = new EnumMap<>(Status.class);

    static {
        ALLOWED.put(Status.RECEIVED, EnumSet.of(ACKNOWLEDGE, NOTE, REASSIGN, RECATEGORISE, MERGE, WITHDRAW));
        ALLOWED.put(Status.ACKNOWLEDGED, EnumSet.of(TAKE, RECORD_RECONSIDERATION, REPLY, NOTE, REASSIGN, RECATEGORISE,
            MERGE, WITHDRAW, CLOSE));
        ALLOWED.put(Status.IN_PROGRESS, EnumSet.of(TAKE, RECORD_RECONSIDERATION, REPLY, NOTE, REASSIGN, RECATEGORISE,
            MERGE, WITHDRAW, CLOSE));
        ALLOWED.put(Status.FORWARDED_TO_ANKESTYRELSEN, EnumSet.of(RECORD_ANKESTYRELSEN_DECISION, TAKE, REPLY, NOTE,
            REASSIGN, RECATEGORISE, WITHDRAW));
        ALLOWED.put(Status.CLOSED, EnumSet.of(NOTE, REOPEN));
        ALLOWED.put(Status.WITHDRAWN, EnumSet.of(NOTE));
        ALLOWED.put(Status.MERGED, EnumSet.of(NOTE));
    }

    private CaseStateMachine() {
    }

    public static Status initialStatus(Channel channel) {
        return channel.registeredByStaff() ? Status.RECEIVED : Status.ACKNOWLEDGED;
    }

    public static boolean allows(Status current, CaseAction action) {
        return ALLOWED.get(current).contains(action);
    }

    /** The actions to offer on a case in this status. */
    public static Set<CaseAction> allowedActions(Status current) {
        return Collections.unmodifiableSet(EnumSet.copyOf(ALLOWED.get(current)));
    }

    /**
     * The status after {@code action}. For {@link CaseAction#RECORD_RECONSIDERATION} use
     * {@link #afterReconsideration}, since the result decides.
     *
     * @throws IllegalTransitionException when the status does not allow the action
     */
    public static Status next(Status current, CaseAction action) {
        if (action == RECORD_RECONSIDERATION) {
            throw new IllegalArgumentException("The next status after a reconsideration depends on its result: use afterReconsideration");
        }
        requireAllowed(current, action);
        return switch (action) {
            case ACKNOWLEDGE -> Status.ACKNOWLEDGED;
            case TAKE, REPLY -> current == Status.ACKNOWLEDGED ? Status.IN_PROGRESS : current;
            case RECORD_ANKESTYRELSEN_DECISION, REOPEN -> Status.IN_PROGRESS;
            case MERGE -> Status.MERGED;
            case WITHDRAW -> Status.WITHDRAWN;
            case CLOSE -> Status.CLOSED;
            case NOTE, REASSIGN, RECATEGORISE, RECORD_RECONSIDERATION -> current;
        };
    }

    /**
     * The status after the reconsideration of a decision complaint: with Ankestyrelsen unless the
     * complainant was fully upheld, in which case handling goes on here.
     *
     * @throws IllegalTransitionException when the status does not allow a reconsideration
     */
    public static Status afterReconsideration(Status current, ReconsiderationResult result) {
        Objects.requireNonNull(result, "result");
        requireAllowed(current, RECORD_RECONSIDERATION);
        return result.forwardsToAnkestyrelsen() ? Status.FORWARDED_TO_ANKESTYRELSEN : Status.IN_PROGRESS;
    }

    /** @throws IllegalTransitionException when the status does not allow the action */
    public static void requireAllowed(Status current, CaseAction action) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(action, "action");
        if (!allows(current, action)) {
            throw new IllegalTransitionException(current, action, whyNot(current, action));
        }
    }

    private static String whyNot(Status current, CaseAction action) {
        switch (current) {
            case CLOSED:
                return "handling.illegal.closed";
            case WITHDRAWN:
                return "handling.illegal.withdrawn";
            case MERGED:
                return "handling.illegal.merged";
            default:
                break;
        }
        if (action == REOPEN) {
            return "handling.illegal.notClosed";
        }
        if (action == ACKNOWLEDGE) {
            return "handling.illegal.alreadyAcknowledged";
        }
        if (action == RECORD_ANKESTYRELSEN_DECISION) {
            return "handling.illegal.notForwarded";
        }
        if (current == Status.RECEIVED) {
            return "handling.illegal.notAcknowledged";
        }
        return "handling.illegal.withAnkestyrelsen";
    }
}
