package dk.borgerstemme.complaint.casefile;

/** How Ankestyrelsen decided a complaint the organisation forwarded. */
public enum AnkestyrelsenDecision {
    /** Stadfæstet: the decision stands. */
    CONFIRMED,
    /** Ændret: Ankestyrelsen changed the decision. */
    CHANGED,
    /** Hjemvist: sent back to the organisation to decide again. */
    REMITTED,
    /** Afvist: not taken up, e.g. because it was too late. */
    DISMISSED
}
