package dk.borgerstemme.complaint.handling;

/** What staff can do with a case; which action is allowed in which {@code Status} is {@link CaseStateMachine}'s. */
public enum CaseAction {
    ACKNOWLEDGE,
    TAKE,
    /** Record the reconsideration of a decision complaint; the result decides whether it goes to Ankestyrelsen. */
    RECORD_RECONSIDERATION,
    RECORD_ANKESTYRELSEN_DECISION,
    /** A public reply: shown on the status page and emailed. */
    REPLY,
    /** An internal note, never shown to the citizen. */
    NOTE,
    REASSIGN,
    RECATEGORISE,
    /** Fold a duplicate into another case. */
    MERGE,
    WITHDRAW,
    CLOSE,
    /** Open a closed case again, e.g. when the citizen does not accept the outcome. */
    REOPEN;

    /** The action's name on a button or in the timeline (bundle {@code i18n/handling}). */
    public String messageKey() {
        return "handling.action." + name();
    }
}
