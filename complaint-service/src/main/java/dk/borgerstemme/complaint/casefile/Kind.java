package dk.borgerstemme.complaint.casefile;

/** What the citizen sends: a complaint, praise or a suggestion. The id is the catalogue's routing kind. */
public enum Kind {
    KLAGE("klage"),
    ROS("ros"),
    FORSLAG("forslag");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    /** The kind as the catalogue's routing rules and the citizen's address name it. */
    public String id() {
        return id;
    }
}
