package dk.borgerstemme.complaint.routing;

import dk.borgerstemme.complaint.DemoOrganisations;
import dk.borgerstemme.complaint.casefile.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingTest {

    private final Routing slagelse = new Routing(DemoOrganisations.slagelse());
    private final Routing midtjylland = new Routing(DemoOrganisations.midtjylland());

    @Test
    void aComplaintAboutADecisionGoesToTheAuthorityThatMadeItWhateverTheUnit() {
        assertThat(slagelse.route(Kind.KLAGE, "afgoerelse-om-hjaelp", null, "bostedet-skovly"))
            .isEqualTo(new Assignment("myndighed", "handicap", "bostedet-skovly"));
        assertThat(slagelse.route(Kind.KLAGE, "afgoerelse-om-hjaelp", null, null))
            .isEqualTo(new Assignment("myndighed", null, null));
        assertThat(slagelse.route(Kind.KLAGE, "sagsbehandling-og-ventetid", null, "vaerestedet").teamId())
            .isEqualTo("myndighed");
    }

    @Test
    void aComplaintAboutBpaGoesToTheAuthorityThoughTheUnitSitsInHandicap() {
        assertThat(slagelse.route(Kind.KLAGE, "medarbejderes-adfaerd", null, "bpa"))
            .isEqualTo(new Assignment("myndighed", "handicap", "bpa"));
    }

    @ParameterizedTest(name = "a complaint about {0} goes to {2}")
    @CsvSource({
        "bostedet-engparken, handicap, handicap",
        "aktivitetscentret-vaerkstedet, handicap, handicap",
        "botilbuddet-solvang, socialpsykiatrien, socialpsykiatrien",
        "ung-misbrug, misbrug, misbrug",
        "rehabiliteringsteamet, myndighed, myndighed"
    })
    void aComplaintAboutAUnitGoesToTheTeamOfItsArea(String unit, String area, String team) {
        assertThat(slagelse.route(Kind.KLAGE, "levering-af-hjaelpen", null, unit))
            .isEqualTo(new Assignment(team, area, unit));
    }

    @Test
    void aComplaintAboutAnAreaWithoutAUnitGoesToThatAreasTeam() {
        assertThat(slagelse.route(Kind.KLAGE, "andet", "misbrug", null))
            .isEqualTo(new Assignment("misbrug", "misbrug", null));
    }

    @Test
    void whenTheCitizenDoesNotKnowTheUnitTheComplaintGoesToTheDefaultTeam() {
        assertThat(slagelse.route(Kind.KLAGE, "kommunikation", null, null))
            .isEqualTo(new Assignment("klageenheden", null, null));
        assertThat(slagelse.route(Kind.KLAGE, null, null, null).teamId()).isEqualTo("klageenheden");
    }

    @Test
    void praiseAndSuggestionsGoWhereComplaintsAboutTheSameUnitGo() {
        for (String unit : new String[] {"bostedet-skovly", "bpa", "vaerestedet", "misbrugscentret"}) {
            String complaintTeam = slagelse.route(Kind.KLAGE, "kommunikation", null, unit).teamId();
            assertThat(slagelse.route(Kind.ROS, null, null, unit).teamId()).as("praise about " + unit).isEqualTo(complaintTeam);
            assertThat(slagelse.route(Kind.FORSLAG, "fysiske-rammer", null, unit).teamId()).as("suggestion about " + unit)
                .isEqualTo(complaintTeam);
        }
        assertThat(slagelse.route(Kind.ROS, null, null, null).teamId()).isEqualTo("klageenheden");
    }

    @Test
    void praiseInTheDecisionCategoryIsNotTakenForADecisionComplaint() {
        assertThat(slagelse.route(Kind.ROS, "afgoerelse-om-hjaelp", null, "bostedet-skovly").teamId()).isEqualTo("handicap");
    }

    @Test
    void eachOrganisationRoutesByItsOwnRules() {
        assertThat(midtjylland.route(Kind.FORSLAG, "pris-og-ydelse", null, "bostedet-hoejtoft"))
            .isEqualTo(new Assignment("kommunesamarbejde", "autisme", "bostedet-hoejtoft"));
        assertThat(midtjylland.route(Kind.KLAGE, "sikkerhed-og-magtanvendelse", null, "bostedet-hoejtoft").teamId())
            .isEqualTo("kvalitet-og-udvikling");
        assertThat(midtjylland.route(Kind.ROS, "sikkerhed-og-magtanvendelse", null, "bostedet-hoejtoft").teamId())
            .isEqualTo("autisme");
        assertThat(midtjylland.route(Kind.KLAGE, "andet", null, null).teamId()).isEqualTo("kvalitet-og-udvikling");
    }

    @Test
    void aUnitOrAreaTheCatalogueDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> slagelse.route(Kind.KLAGE, "andet", null, "bostedet-hoejtoft"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> slagelse.route(Kind.KLAGE, "andet", "autisme", null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> slagelse.route(Kind.KLAGE, "andet", "misbrug", "bostedet-skovly"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseIsReassignedToAnotherTeamWithAReason() {
        assertThat(slagelse.reassign("klageenheden", "handicap", "  Handler om Bostedet Skovly \n"))
            .isEqualTo(new Reassignment("klageenheden", "handicap", "Handler om Bostedet Skovly"));
    }

    @Test
    void aReassignmentNeedsAReasonAndAnotherOfTheOrganisationsTeams() {
        assertThat(slagelse.reassignmentProblems("klageenheden", "handicap", " "))
            .containsExactly(ReassignmentProblem.REASON_MISSING);
        assertThat(slagelse.reassignmentProblems("klageenheden", "", "r"))
            .containsExactly(ReassignmentProblem.TEAM_MISSING);
        assertThat(slagelse.reassignmentProblems("klageenheden", "autisme", "r"))
            .containsExactly(ReassignmentProblem.TEAM_UNKNOWN);
        assertThat(slagelse.reassignmentProblems("handicap", "handicap", null))
            .containsExactly(ReassignmentProblem.SAME_TEAM, ReassignmentProblem.REASON_MISSING)
            .extracting(ReassignmentProblem::field).containsExactly("team", "reason");
        assertThatThrownBy(() -> slagelse.reassign("klageenheden", "handicap", ""))
            .isInstanceOfSatisfying(InvalidReassignmentException.class, refused ->
                assertThat(refused.problems()).containsExactly(ReassignmentProblem.REASON_MISSING));
    }
}
