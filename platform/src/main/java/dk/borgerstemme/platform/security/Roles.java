package dk.borgerstemme.platform.security;

/** The staff roles (DESIGN.md, Security). */
public final class Roles {

    /** Organisation set-up and surveys. */
    public static final String ADMIN = "ADMIN";
    /** All reports of the organisation. */
    public static final String ANALYST = "ANALYST";
    /** Reports and complaints of the leader's own units. */
    public static final String UNIT_LEADER = "UNIT_LEADER";
    /** Complaints routed to the caseworker's own team. */
    public static final String CASEWORKER = "CASEWORKER";

    private Roles() {
    }
}
