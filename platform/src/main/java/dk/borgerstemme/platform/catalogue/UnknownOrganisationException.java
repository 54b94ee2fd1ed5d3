package dk.borgerstemme.platform.catalogue;

public final class UnknownOrganisationException extends RuntimeException {

    private final String shortName;

    public UnknownOrganisationException(String shortName) {
        super("No organisation is called " + shortName);
        this.shortName = shortName;
    }

    public String shortName() {
        return shortName;
    }
}
