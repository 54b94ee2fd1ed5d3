package dk.borgerstemme.platform.catalogue;

import java.net.URI;
import java.time.Period;
import java.util.List;

/** Organisations built in code, for tests of the catalogue's rules. */
final class OrganisationFixture {

    private OrganisationFixture() {
    }

    /** Two areas of two units each; the routing rules are the test's. */
    static Organisation routedBy(String defaultTeam, RoutingRule... rules) {
        return new Organisation(
            "testby",
            new LocalizedText("Testby Kommune", "Testby Municipality"),
            OrganisationKind.MUNICIPALITY,
            URI.create("https://www.was.digst.dk/testby-dk"),
            List.of(
                area("socialpsykiatrien", unit("solvang", UnitKind.BOTILBUD), unit("bostoette-psykiatri", UnitKind.STOETTE_I_HJEMMET)),
                area("handicap", unit("skovly", UnitKind.BOTILBUD), unit("vaerkstedet", UnitKind.AKTIVITETS_OG_SAMVAERSTILBUD))),
            List.of(new RespondentRole("borger", LocalizedText.danish("Borger"))),
            null,
            List.of(new ComplaintCategory("afgoerelse-om-hjaelp", LocalizedText.danish("Afgørelse om hjælp")),
                new ComplaintCategory("andet", LocalizedText.danish("Andet"))),
            List.of(new RootCause("kommunikation", LocalizedText.danish("Kommunikation"))),
            List.of(team("klageenheden"), team("myndighed"), team("psykiatri"), team("handicap"), team("solvang")),
            defaultTeam,
            List.of(rules),
            Deadlines.DEFAULT,
            Organisation.DEFAULT_MINIMUM_GROUP_SIZE,
            Period.ofYears(2),
            List.of());
    }

    static RoutingRule rule(String kind, String category, String area, String unit, String team) {
        return new RoutingRule(kind, category, area, unit, team);
    }

    private static Area area(String id, Unit... units) {
        return new Area(id, LocalizedText.danish(id), List.of(units));
    }

    private static Unit unit(String id, UnitKind kind) {
        return new Unit(id, LocalizedText.danish(id), kind, new Capacity(10, CapacityMeasure.PLACES));
    }

    private static Team team(String id) {
        return new Team(id, LocalizedText.danish(id), List.of());
    }
}
