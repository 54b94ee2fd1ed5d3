package dk.borgerstemme.complaint.followup.action;

/** The action changed after the staff member read it; nothing is written and the form keeps what they typed (409). */
public final class StaleActionException extends RuntimeException {

    public static final String MESSAGE_KEY = "actions.conflict.stale";

    public StaleActionException(long id, long seenVersion) {
        super("Action " + id + " changed after version " + seenVersion + " was read");
    }
}
