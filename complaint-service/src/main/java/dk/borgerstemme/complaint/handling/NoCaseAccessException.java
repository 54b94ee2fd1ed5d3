package dk.borgerstemme.complaint.handling;

/** The staff member has no role that handles complaints, or belongs to another organisation (403). */
public final class NoCaseAccessException extends RuntimeException {

    public NoCaseAccessException(String username, String organisation) {
        super(username + " handles no complaints of " + organisation);
    }
}
