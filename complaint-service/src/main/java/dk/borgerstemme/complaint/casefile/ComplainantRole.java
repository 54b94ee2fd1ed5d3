package dk.borgerstemme.complaint.casefile;

/** Who is writing, in relation to the citizen the case is about. */
public enum ComplainantRole {
    CITIZEN,
    RELATIVE,
    GUARDIAN,
    SUPPORT_PERSON,
    OTHER
}
