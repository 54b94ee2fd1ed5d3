package dk.borgerstemme.complaint.casefile;

/** How the case reached the organisation: the web form, or registered by staff on the citizen's behalf. */
public enum Channel {
    WEB,
    PHONE,
    LETTER,
    IN_PERSON,
    EMAIL;

    public boolean registeredByStaff() {
        return this != WEB;
    }
}
