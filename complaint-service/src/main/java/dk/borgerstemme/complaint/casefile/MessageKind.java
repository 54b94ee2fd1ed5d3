package dk.borgerstemme.complaint.casefile;

public enum MessageKind {
    /** Staff only. */
    INTERNAL_NOTE,
    /** Shown on the citizen's status page and e-mailed when there is an address. */
    PUBLIC_REPLY,
    /** The answer deadline cannot be met: the reason and the new date, sent to the citizen. */
    DEADLINE_NOTICE;

    public boolean isPublic() {
        return this != INTERNAL_NOTE;
    }
}
