package dk.borgerstemme.complaint.handling;

/**
 * The case changed after the staff member read it: someone else's change came first. Nothing is
 * written; the page shows what changed and keeps what the staff member typed (409).
 */
public final class StaleCaseException extends RuntimeException {

    public static final String MESSAGE_KEY = "triage.conflict.stale";

    private final long seenVersion;

    public StaleCaseException(String reference, long seenVersion) {
        super("Case " + reference + " changed after version " + seenVersion + " was read");
        this.seenVersion = seenVersion;
    }

    public long seenVersion() {
        return seenVersion;
    }

    public String messageKey() {
        return MESSAGE_KEY;
    }
}
