package dk.borgerstemme.complaint.handling;

/**
 * No case with this reference within the staff member's scope. A case of another team is reported the
 * same way as one that does not exist, so references cannot be probed (404, not 403).
 */
public final class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String organisation, String reference) {
        super("No case " + reference + " of " + organisation + " in the staff member's scope");
    }
}
