package dk.borgerstemme.platform.catalogue;

import org.junit.jupiter.api.Test;

import static dk.borgerstemme.platform.catalogue.OrganisationFixture.routedBy;
import static dk.borgerstemme.platform.catalogue.OrganisationFixture.rule;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogueRoutingTest {

    @Test
    void theFirstMatchingRuleWinsEvenWhenALaterOneAlsoMatches() {
        Organisation testby = routedBy("klageenheden",
            rule("klage", "afgoerelse-om-hjaelp", null, null, "myndighed"),
            rule(null, null, "handicap", null, "handicap"));

        assertThat(testby.teamFor("klage", "afgoerelse-om-hjaelp", "skovly")).isEqualTo("myndighed");
        assertThat(testby.teamFor("klage", "andet", "skovly")).isEqualTo("handicap");
    }

    @Test
    void aRuleOnAnAreaMatchesEveryUnitOfThatAreaAndNoOther() {
        Organisation testby = routedBy("klageenheden", rule(null, null, "socialpsykiatrien", null, "psykiatri"));

        assertThat(testby.teamFor("klage", "andet", "solvang")).isEqualTo("psykiatri");
        assertThat(testby.teamFor("ros", "andet", "bostoette-psykiatri")).isEqualTo("psykiatri");
        assertThat(testby.teamFor("klage", "andet", "skovly")).isEqualTo("klageenheden");
    }

    @Test
    void aRuleOnAUnitComesBeforeTheRuleOnItsAreaWhenListedFirst() {
        Organisation testby = routedBy("klageenheden",
            rule(null, null, null, "solvang", "solvang"),
            rule(null, null, "socialpsykiatrien", null, "psykiatri"));

        assertThat(testby.teamFor("klage", "andet", "solvang")).isEqualTo("solvang");
        assertThat(testby.teamFor("klage", "andet", "bostoette-psykiatri")).isEqualTo("psykiatri");
    }

    @Test
    void aRuleOnAKindMatchesOnlyThatKind() {
        Organisation testby = routedBy("klageenheden", rule("ros", null, null, null, "handicap"));

        assertThat(testby.teamFor("ros", "andet", "solvang")).isEqualTo("handicap");
        assertThat(testby.teamFor("klage", "andet", "solvang")).isEqualTo("klageenheden");
        assertThat(testby.teamFor("forslag", "andet", "solvang")).isEqualTo("klageenheden");
    }

    @Test
    void aStarMatchesAnything() {
        Organisation testby = routedBy("klageenheden", rule("*", "*", "*", "*", "handicap"));

        assertThat(testby.teamFor("forslag", "andet", "solvang")).isEqualTo("handicap");
    }

    @Test
    void whenNoRuleMatchesTheDefaultTeamHandlesIt() {
        Organisation testby = routedBy("klageenheden", rule("klage", "afgoerelse-om-hjaelp", "handicap", null, "myndighed"));

        assertThat(testby.teamFor("klage", "afgoerelse-om-hjaelp", "solvang")).isEqualTo("klageenheden");
        assertThat(routedBy("klageenheden").teamFor("klage", "andet", "solvang")).isEqualTo("klageenheden");
    }

    @Test
    void aComplaintAboutNoUnitInParticularMatchesOnlyRulesWithoutAnAreaOrUnit() {
        Organisation testby = routedBy("klageenheden",
            rule(null, null, "handicap", null, "handicap"),
            rule("klage", "afgoerelse-om-hjaelp", null, null, "myndighed"));

        assertThat(testby.teamFor("klage", "afgoerelse-om-hjaelp", null)).isEqualTo("myndighed");
        assertThat(testby.teamFor("klage", "andet", null)).isEqualTo("klageenheden");
    }

    @Test
    void theOrganisationFindsAUnitAndItsArea() {
        Organisation testby = routedBy("klageenheden");

        assertThat(testby.units()).hasSize(4);
        assertThat(testby.unit("vaerkstedet").map(Unit::kind)).contains(UnitKind.AKTIVITETS_OG_SAMVAERSTILBUD);
        assertThat(testby.areaOfUnit("vaerkstedet").map(Area::id)).contains("handicap");
        assertThat(testby.unit("ukendt")).isEmpty();
        assertThat(testby.areaOfUnit("ukendt")).isEmpty();
    }
}
