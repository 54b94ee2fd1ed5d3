package dk.borgerstemme.complaint.handling;

/** Audit-trail action names besides the {@link CaseAction}s. */
public final class HandlingEvents {

    /** The answer deadline was moved and the citizen sent a notice. */
    public static final String EXTEND_DEADLINE = "EXTEND_DEADLINE";

    private HandlingEvents() {
    }
}
