package dk.borgerstemme.platform.catalogue;

/** What a unit's capacity counts: places (pladser) for residential and day services, citizens for outreach. */
public enum CapacityMeasure {
    PLACES("places", "pladser", "places"),
    CITIZENS("citizens", "borgere", "citizens");

    private final String id;
    private final LocalizedText label;

    CapacityMeasure(String id, String da, String en) {
        this.id = id;
        this.label = new LocalizedText(da, en);
    }

    /** How the measure is written in a catalogue file. */
    public String id() {
        return id;
    }

    public LocalizedText label() {
        return label;
    }
}
