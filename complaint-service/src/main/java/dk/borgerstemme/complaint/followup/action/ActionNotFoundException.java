package dk.borgerstemme.complaint.followup.action;

/** No such action in the staff member's scope; whether it exists elsewhere is not revealed (404). */
public final class ActionNotFoundException extends RuntimeException {

    public ActionNotFoundException(String organisation, long id) {
        super("No action " + id + " of " + organisation + " in scope");
    }
}
