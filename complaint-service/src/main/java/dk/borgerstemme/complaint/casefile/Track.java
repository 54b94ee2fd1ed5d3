package dk.borgerstemme.complaint.casefile;

/**
 * How a case is handled, set at triage; a case may follow several tracks at once, each with its own
 * deadline (DOMAIN.md: the complaint tracks of the social area).
 */
public enum Track {
    /** About a decision (afgørelse): reconsidered within 4 weeks, otherwise sent to Ankestyrelsen. */
    DECISION,
    /** About case handling, including waiting time. */
    CASE_HANDLING,
    /** About staff conduct or how the help is delivered. */
    CONDUCT_OR_DELIVERY,
    /** About the service level the council set: not appealable, answered as such and routed to the political level. */
    SERVICE_LEVEL,
    PRAISE,
    SUGGESTION,
    /** A request for access to records (aktindsigt), answered within 7 working days. */
    ACCESS_TO_RECORDS,
    /** A concern for a citizen's safety or welfare: flagged for attention the same day. */
    SAFETY_CONCERN
}
