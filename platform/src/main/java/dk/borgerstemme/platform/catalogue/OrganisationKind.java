package dk.borgerstemme.platform.catalogue;

import java.util.Locale;

public enum OrganisationKind {
    MUNICIPALITY,
    REGION;

    /** How the kind is written in a catalogue file. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
