package dk.borgerstemme.complaint.privacy;

/** How the complainant wants to be answered. */
public enum PreferredChannel {
    EMAIL,
    PHONE,
    LETTER
}
