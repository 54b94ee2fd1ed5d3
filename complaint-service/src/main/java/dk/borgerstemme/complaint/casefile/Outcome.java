package dk.borgerstemme.complaint.casefile;

/** The result recorded when a case closes. */
public enum Outcome {
    /** Medhold. */
    UPHELD,
    /** Delvis medhold. */
    PARTLY_UPHELD,
    /** Ikke medhold. */
    NOT_UPHELD,
    /** Ikke relevant, e.g. praise, a suggestion, or a service-level complaint. */
    NOT_RELEVANT
}
