package dk.borgerstemme.complaint;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.CatalogueLoader;
import dk.borgerstemme.platform.catalogue.CatalogueSource;
import dk.borgerstemme.platform.catalogue.Organisation;

/** The demo organisations exactly as the shipped catalogue describes them. */
public final class DemoOrganisations {

    private static final Catalogue CATALOGUE = CatalogueLoader.load(CatalogueSource.classpath());

    private DemoOrganisations() {
    }

    /** Slagelse: closed on Grundlovsdag and juleaftensdag 2026; acknowledge in 2, answer in 10 working days. */
    public static Organisation slagelse() {
        return CATALOGUE.require("slagelse");
    }

    /** Region Midtjylland: closed on 24 and 31 December 2026; the default deadlines. */
    public static Organisation midtjylland() {
        return CATALOGUE.require("midtjylland");
    }
}
