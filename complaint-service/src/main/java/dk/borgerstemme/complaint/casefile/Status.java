package dk.borgerstemme.complaint.casefile;

/** Where a case stands. Which moves between them are allowed is the handling's state machine. */
public enum Status {
    RECEIVED,
    ACKNOWLEDGED,
    IN_PROGRESS,
    /** The decision was maintained (in whole or part) on reconsideration and sent to Ankestyrelsen. */
    FORWARDED_TO_ANKESTYRELSEN,
    CLOSED,
    WITHDRAWN,
    /** A duplicate folded into another case. */
    MERGED;

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN && this != MERGED;
    }
}
