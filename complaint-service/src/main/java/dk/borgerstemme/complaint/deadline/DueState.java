package dk.borgerstemme.complaint.deadline;

/** How a clock stands on a given day; see {@link DeadlineRules#dueState}. */
public enum DueState {
    /** Not met, and the due day has passed. */
    OVERDUE,
    /** Not met, due within {@value DeadlineRules#DUE_SOON_WORKING_DAYS} working days, or past a warning day. */
    DUE_SOON,
    ON_TRACK,
    MET
}
