package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.Status;

/**
 * An action the case's status does not allow. {@link #messageKey()} (bundle {@code i18n/handling}) says
 * why in words for staff; the API answers it with 409 Conflict.
 */
public final class IllegalTransitionException extends RuntimeException {

    private final Status status;
    private final CaseAction action;
    private final String messageKey;

    public IllegalTransitionException(Status status, CaseAction action, String messageKey) {
        super(action + " is not allowed on a case that is " + status + " (" + messageKey + ")");
        this.status = status;
        this.action = action;
        this.messageKey = messageKey;
    }

    public Status status() {
        return status;
    }

    public CaseAction action() {
        return action;
    }

    public String messageKey() {
        return messageKey;
    }
}
