package dk.borgerstemme.complaint.casefile;

/** The authority's reconsideration (genvurdering) of a decision complaint. */
public enum ReconsiderationResult {
    /** The citizen is given full right: the decision is changed, the case does not go on. */
    UPHELD,
    /** Partly changed: the rest goes to Ankestyrelsen. */
    PARTLY_UPHELD,
    /** The decision is maintained and sent to Ankestyrelsen. */
    MAINTAINED;

    public boolean forwardsToAnkestyrelsen() {
        return this != UPHELD;
    }
}
