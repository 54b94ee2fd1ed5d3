package dk.borgerstemme.platform.catalogue;

/** The kinds of service ("tilbud") a unit delivers, as the specialised adult social area names them. */
public enum UnitKind {
    BOTILBUD("botilbud", "Botilbud", "Residential facility"),
    AKTIVITETS_OG_SAMVAERSTILBUD("aktivitets-og-samvaerstilbud", "Aktivitets- og samværstilbud", "Day activity centre"),
    STOETTET_BESKAEFTIGELSE("stoettet-beskaeftigelse", "Støttet beskæftigelse", "Supported employment"),
    STOETTE_I_HJEMMET("stoette-i-hjemmet", "Støtte i hjemmet (bostøtte)", "Support in own home"),
    BPA("bpa", "Borgerstyret personlig assistance (BPA)", "Citizen-directed personal assistance"),
    MYNDIGHED("myndighed", "Rehabiliteringsteam og myndighed", "Rehabilitation team and case-handling authority"),
    ANDET("andet", "Andet tilbud", "Other service");

    private final String id;
    private final LocalizedText label;

    UnitKind(String id, String da, String en) {
        this.id = id;
        this.label = new LocalizedText(da, en);
    }

    /** How the kind is written in a catalogue file. */
    public String id() {
        return id;
    }

    public LocalizedText label() {
        return label;
    }
}
