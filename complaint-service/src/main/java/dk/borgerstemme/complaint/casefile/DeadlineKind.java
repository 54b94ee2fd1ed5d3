package dk.borgerstemme.complaint.casefile;

/** The clocks a case can run; each runs on its own and is never paused while waiting for the citizen. */
public enum DeadlineKind {
    /** Acknowledge receipt: immediate on the web, working days for staff-registered cases. */
    ACKNOWLEDGEMENT,
    /** Decision complaints: reconsider, and if not fully upheld, forward to Ankestyrelsen, within 4 weeks of receipt. */
    RECONSIDERATION,
    /** Other tracks: the organisation's answer deadline in working days. */
    ANSWER,
    /** Access to records: 7 working days. */
    ACCESS_TO_RECORDS,
    /** A safety or welfare concern: attended to the same day. */
    SAME_DAY_ATTENTION
}
