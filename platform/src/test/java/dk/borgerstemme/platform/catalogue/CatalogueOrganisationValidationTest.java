package dk.borgerstemme.platform.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static dk.borgerstemme.platform.catalogue.FixtureText.MINIMAL_ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueOrganisationValidationTest {

    private static final String ID_RULE = "must be an id of 1 to 40 characters from a-z, 0-9 and -, not starting with -";

    @TempDir
    Path directory;

    @Test
    void theMinimalFixtureLoadsWithTheDefaultsFilledIn() {
        Organisation slagelse = loaded(MINIMAL_ORGANISATION);

        assertThat(slagelse.units()).extracting(Unit::id)
            .containsExactly("botilbuddet-solvang", "bostedet-skovly", "bostoette-handicap");
        assertThat(slagelse.unit("bostoette-handicap").orElseThrow().capacity())
            .isEqualTo(new Capacity(240, CapacityMeasure.CITIZENS));
        assertThat(slagelse.deadlines()).isEqualTo(new Deadlines(2, 10, 7, 4));
        assertThat(slagelse.minimumGroupSize()).isEqualTo(5);
        assertThat(slagelse.personalDataRetention()).isEqualTo(Period.ofYears(2));
        assertThat(slagelse.closedDays()).containsExactly(LocalDate.of(2026, 12, 24));
    }

    @Test
    void aNegativeCapacityNamesTheFileThePathAndTheValue() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("amount: 32", "amount: -3"))).containsExactly(
            "slagelse.yml: areas[1].units[0].capacity.amount: must be a whole number of at least 1, was -3");
    }

    @Test
    void aCapacityInFractionsIsNotAWholeNumber() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("amount: 32", "amount: 12.5"))).containsExactly(
            "slagelse.yml: areas[1].units[0].capacity.amount: must be a whole number of at least 1, was 12.5");
    }

    @Test
    void anUnknownCapacityMeasureListsTheKnownOnes() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("measure: places}", "measure: seats}"))).containsExactly(
            "slagelse.yml: areas[0].units[0].capacity.measure: must be one of places, citizens, was seats");
    }

    @Test
    void anUnknownUnitKindListsTheKnownOnes() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("kind: stoette-i-hjemmet", "kind: bostoette"))).containsExactly(
            "slagelse.yml: areas[1].units[1].kind: must be one of botilbud, aktivitets-og-samvaerstilbud, "
                + "stoettet-beskaeftigelse, stoette-i-hjemmet, bpa, myndighed, andet, was bostoette");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(problems(MINIMAL_ORGANISATION.without("kind: municipality\n"))).containsExactly(
            "slagelse.yml: kind: is required");
    }

    @Test
    void aMissingFieldDeepInsideIsNamedWithItsWholePath() {
        assertThat(problems(MINIMAL_ORGANISATION.without("        name: Bostedet Skovly\n"))).containsExactly(
            "slagelse.yml: areas[1].units[0].name: is required");
    }

    @Test
    void aFieldOfTheWrongTypeSaysWhatWasExpectedAndWhatWasFound() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("  - {id: borger, name: Borger}\n", "  borger: Borger\n")))
            .containsExactly("slagelse.yml: respondentRoles: must be a list, was a mapping");
    }

    @Test
    void anOrganisationKindOutsideTheKnownKindsIsRejected() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("kind: municipality", "kind: kommune"))).containsExactly(
            "slagelse.yml: kind: must be one of municipality, region, was kommune");
    }

    @Test
    void anUnknownKeyIsReportedBecauseItIsMostLikelyATypo() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("closedDays:", "closedDay:"))).containsExactly(
            "slagelse.yml: closedDay: unknown key, expected one of shortName, name, kind, accessibilityStatementUrl, "
                + "framework, areas, respondentRoles, complaintCategories, rootCauses, teams, defaultTeam, routing, deadlines, "
                + "minimumGroupSize, personalDataRetention, closedDays");
    }

    @Test
    void anUnknownKeyDeepInsideIsNamedWithItsWholePath() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("measure: places}", "measure: places, size: 3}")))
            .containsExactly("slagelse.yml: areas[0].units[0].capacity.size: unknown key, expected one of amount, measure");
    }

    @Test
    void aDuplicateAreaIdNamesWhereItWasFirstUsed() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("  - id: handicap\n", "  - id: socialpsykiatrien\n"))).containsExactly(
            "slagelse.yml: areas[1].id: duplicate area id socialpsykiatrien, first used at areas[0].id",
            "slagelse.yml: routing[1].area: no area with id handicap; known: socialpsykiatrien");
    }

    @Test
    void unitIdsAreUniqueAcrossAllAreasOfTheOrganisation() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("- id: bostoette-handicap", "- id: botilbuddet-solvang")))
            .containsExactly(
                "slagelse.yml: areas[1].units[1].id: duplicate unit id botilbuddet-solvang, first used at areas[0].units[0].id",
                "slagelse.yml: teams[1].units[1]: no unit with id bostoette-handicap; known: bostedet-skovly, botilbuddet-solvang");
    }

    @Test
    void aDuplicateTeamIdIsReported() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("{id: handicap, name: Ledelsen", "{id: klageenheden, name: Ledelsen")))
            .containsExactly(
                "slagelse.yml: teams[1].id: duplicate team id klageenheden, first used at teams[0].id",
                "slagelse.yml: routing[1].team: no team with id handicap; known: klageenheden");
    }

    @Test
    void aDuplicateComplaintCategoryIdIsReported() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("{id: andet, name: Andet}", "{id: afgoerelse-om-hjaelp, name: Andet}")))
            .containsExactly("slagelse.yml: complaintCategories[1].id: duplicate complaint category id afgoerelse-om-hjaelp, "
                + "first used at complaintCategories[0].id");
    }

    @Test
    void aDuplicateRespondentRoleIdIsReported() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("  - {id: borger, name: Borger}\n",
            "  - {id: borger, name: Borger}\n  - {id: borger, name: Beboer}\n")))
            .containsExactly("slagelse.yml: respondentRoles[1].id: duplicate respondent role id borger, first used at respondentRoles[0].id");
    }

    @Test
    void anIdWithCapitalsOrSpacesIsRejected() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("{id: andet, name: Andet}", "{id: Andet emne, name: Andet}")))
            .containsExactly("slagelse.yml: complaintCategories[1].id: " + ID_RULE + ", was Andet emne");
    }

    @Test
    void anIdLongerThanFortyCharactersIsRejected() {
        String longId = "a".repeat(41);
        assertThat(problems(MINIMAL_ORGANISATION.replace("{id: andet, name: Andet}", "{id: " + longId + ", name: Andet}")))
            .containsExactly("slagelse.yml: complaintCategories[1].id: " + ID_RULE + ", was " + longId);
    }

    @Test
    void yamlWordsForBooleansAndNumbersStayTextAsWritten() {
        Organisation slagelse = loaded(MINIMAL_ORGANISATION.replace("{id: andet, name: Andet}", "{id: 2030, name: no}"));

        assertThat(slagelse.complaintCategory("2030").orElseThrow().name().da()).isEqualTo("no");
    }

    @Test
    void theShortNameMustMatchTheFileName() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("shortName: slagelse", "shortName: slagelse-kommune")))
            .containsExactly("slagelse.yml: shortName: must be slagelse to match the file name slagelse.yml, was slagelse-kommune");
    }

    @Test
    void aShortNameThatIsNotSafeInAUrlIsRejected() {
        CatalogueDirectory catalogue = CatalogueDirectory.at(directory)
            .organisation("Slagelse Kommune.yml", MINIMAL_ORGANISATION.replace("shortName: slagelse", "shortName: Slagelse Kommune"));

        assertThat(catalogue.problems()).containsExactly("Slagelse Kommune.yml: shortName: " + ID_RULE + ", was Slagelse Kommune");
    }

    @Test
    void anUnknownFrameworkIsReportedWithTheKnownOnes() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("framework: slagelse-2024-2030", "framework: slagelse-2030")))
            .containsExactly("slagelse.yml: framework: no framework with id slagelse-2030; "
                + "known: horsens-2018, region-midtjylland-maalbillede, slagelse-2024-2030");
    }

    @Test
    void aTeamMayOnlyNameUnitsThatExist() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("units: [bostedet-skovly, bostoette-handicap]",
            "units: [bostedet-skovly, bostoette-handicapp]")))
            .containsExactly("slagelse.yml: teams[1].units[1]: no unit with id bostoette-handicapp; "
                + "known: bostedet-skovly, bostoette-handicap, botilbuddet-solvang");
    }

    @Test
    void theDefaultTeamMustExist() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("defaultTeam: klageenheden", "defaultTeam: klagenheden")))
            .containsExactly("slagelse.yml: defaultTeam: no team with id klagenheden; known: handicap, klageenheden");
    }

    @Test
    void everyReferenceInARoutingRuleMustExist() {
        FixtureText brokenRules = MINIMAL_ORGANISATION.replace("""
              - {area: handicap, team: handicap}
            """, """
              - {category: ventetid, team: handicap}
              - {area: psykiatri, team: handicap}
              - {unit: skovly, team: handicap}
              - {area: handicap, team: handicapteamet}
            """);

        assertThat(problems(brokenRules)).containsExactly(
            "slagelse.yml: routing[1].category: no complaint category with id ventetid; known: afgoerelse-om-hjaelp, andet",
            "slagelse.yml: routing[2].area: no area with id psykiatri; known: handicap, socialpsykiatrien",
            "slagelse.yml: routing[3].unit: no unit with id skovly; known: bostedet-skovly, bostoette-handicap, botilbuddet-solvang",
            "slagelse.yml: routing[4].team: no team with id handicapteamet; known: handicap, klageenheden");
    }

    @Test
    void aRoutingRuleKindIsKlageRosForslagOrAny() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("{kind: klage,", "{kind: klager,"))).containsExactly(
            "slagelse.yml: routing[0].kind: must be one of klage, ros, forslag, *, was klager");
    }

    @Test
    void aRoutingRuleOnAUnitOutsideItsAreaCanNeverMatch() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("{area: handicap, team: handicap}",
            "{area: handicap, unit: botilbuddet-solvang, team: handicap}")))
            .containsExactly("slagelse.yml: routing[1].unit: unit botilbuddet-solvang is in area socialpsykiatrien, "
                + "not in handicap, so this rule can never match");
    }

    @Test
    void aStarInARoutingRuleMeansAny() {
        Organisation slagelse = loaded(MINIMAL_ORGANISATION.replace("{area: handicap, team: handicap}",
            "{kind: '*', category: '*', area: handicap, unit: '*', team: handicap}"));

        assertThat(slagelse.routing().get(1)).isEqualTo(new RoutingRule(null, null, "handicap", null, "handicap"));
    }

    @Test
    void theMinimumGroupSizeIsBetweenThreeAndAHundred() {
        assertThat(problems(MINIMAL_ORGANISATION.with("minimumGroupSize: 2\n"))).containsExactly(
            "slagelse.yml: minimumGroupSize: must be a whole number from 3 to 100, was 2");
        assertThat(problems(MINIMAL_ORGANISATION.with("minimumGroupSize: 101\n"))).containsExactly(
            "slagelse.yml: minimumGroupSize: must be a whole number from 3 to 100, was 101");
    }

    @Test
    void theRetentionIsAPositiveIsoPeriod() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("P2Y", "2 years"))).containsExactly(
            "slagelse.yml: personalDataRetention: must be a positive ISO-8601 period such as P2Y or P18M, was 2 years");
        assertThat(problems(MINIMAL_ORGANISATION.replace("P2Y", "P0D"))).containsExactly(
            "slagelse.yml: personalDataRetention: must be a positive ISO-8601 period such as P2Y or P18M, was P0D");
        assertThat(problems(MINIMAL_ORGANISATION.replace("P2Y", "P-1Y"))).containsExactly(
            "slagelse.yml: personalDataRetention: must be a positive ISO-8601 period such as P2Y or P18M, was P-1Y");
        assertThat(loaded(MINIMAL_ORGANISATION.replace("P2Y", "P18M")).personalDataRetention()).isEqualTo(Period.ofMonths(18));
    }

    @Test
    void aClosedDayIsARealIsoDate() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("[2026-12-24]", "[2026-02-30, 24-12-2026]"))).containsExactly(
            "slagelse.yml: closedDays[0]: must be a date written as YYYY-MM-DD, was 2026-02-30",
            "slagelse.yml: closedDays[1]: must be a date written as YYYY-MM-DD, was 24-12-2026");
    }

    @Test
    void aClosedDayListedTwiceIsReported() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("[2026-12-24]", "[2026-12-24, 2026-12-24]"))).containsExactly(
            "slagelse.yml: closedDays[1]: lists 2026-12-24 twice");
    }

    @Test
    void theAccessibilityStatementIsAnAbsoluteHttpsUrl() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("https://www.was.digst.dk/slagelse-dk", "http://www.was.digst.dk/slagelse-dk")))
            .containsExactly("slagelse.yml: accessibilityStatementUrl: must be an absolute https URL, was http://www.was.digst.dk/slagelse-dk");
        assertThat(problems(MINIMAL_ORGANISATION.replace("https://www.was.digst.dk/slagelse-dk", "/tilgaengelighed")))
            .containsExactly("slagelse.yml: accessibilityStatementUrl: must be an absolute https URL, was /tilgaengelighed");
    }

    @Test
    void anOrganisationNeedsAtLeastOneArea() {
        assertThat(problems(new FixtureText(MINIMAL_ORGANISATION.text().replaceAll("(?s)areas:\n.*?(?=respondentRoles:)", "areas: []\n"))))
            .contains("slagelse.yml: areas: must list at least one area");
    }

    @Test
    void everyAreaNeedsAtLeastOneUnit() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("""
                units:
                  - id: botilbuddet-solvang
                    name: Botilbuddet Solvang
                    kind: botilbud
                    capacity: {amount: 24, measure: places}
            """, "    units: []\n")))
            .containsExactly("slagelse.yml: areas[0].units: must list at least one unit");
    }

    @Test
    void anOrganisationNeedsAtLeastOneRespondentRole() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("respondentRoles:\n  - {id: borger, name: Borger}\n", "respondentRoles: []\n")))
            .containsExactly("slagelse.yml: respondentRoles: must list at least one respondent role");
    }

    @Test
    void anOrganisationNeedsAtLeastOneTeam() {
        assertThat(problems(new FixtureText(MINIMAL_ORGANISATION.text().replaceAll("(?s)teams:\n.*?(?=defaultTeam:)", "teams: []\n"))))
            .startsWith("slagelse.yml: teams: must list at least one team");
    }

    @Test
    void deadlinesDefaultOneByOne() {
        Organisation slagelse = loaded(MINIMAL_ORGANISATION.with("deadlines: {answerWorkingDays: 15}\n"));

        assertThat(slagelse.deadlines()).isEqualTo(new Deadlines(2, 15, 7, 4));
    }

    @Test
    void aDecisionIsReconsideredWithinTheFourWeeksTheLawAllows() {
        assertThat(problems(MINIMAL_ORGANISATION.with("deadlines: {decisionReconsiderationWeeks: 6}\n"))).containsExactly(
            "slagelse.yml: deadlines.decisionReconsiderationWeeks: must be a whole number from 1 to 4, was 6");
    }

    @Test
    void aComplaintIsNotAcknowledgedAfterItIsAnswered() {
        assertThat(problems(MINIMAL_ORGANISATION.with("deadlines: {acknowledgementWorkingDays: 12}\n"))).containsExactly(
            "slagelse.yml: deadlines.acknowledgementWorkingDays: the acknowledgement (12 working days) must not come "
                + "later than the answer (10 working days)");
    }

    @Test
    void aYamlSyntaxErrorNamesTheLineAndColumn() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("kind: municipality", "kind: [municipality")))
            .singleElement().asString().startsWith("slagelse.yml: line 5, column ");
    }

    @Test
    void aKeyWrittenTwiceIsReported() {
        assertThat(problems(MINIMAL_ORGANISATION.replace("kind: municipality\n", "kind: municipality\nkind: region\n")))
            .singleElement().asString().startsWith("slagelse.yml: line 5, column 1: found duplicate key kind");
    }

    @Test
    void anEmptyFileIsReportedAsAWhole() {
        assertThat(problems(new FixtureText("# nothing yet\n"))).containsExactly(
            "slagelse.yml: (file): must be a mapping of keys to values, was empty");
    }

    @Test
    void aFileThatIsNotUtf8IsReported() {
        CatalogueDirectory catalogue = CatalogueDirectory.at(directory)
            .write("organisations/slagelse.yml", MINIMAL_ORGANISATION.text().getBytes(StandardCharsets.ISO_8859_1));

        assertThat(catalogue.problems()).containsExactly("slagelse.yml: (file): is not UTF-8 text");
    }

    @Test
    void severalProblemsInSeveralFilesAreAllReportedOneALine() {
        CatalogueDirectory catalogue = CatalogueDirectory.at(directory)
            .organisation("slagelse.yml", MINIMAL_ORGANISATION
                .replace("amount: 32", "amount: -3")
                .replace("P2Y", "two years")
                .without("kind: municipality\n"))
            .organisation("naestved.yml", MINIMAL_ORGANISATION.replace("shortName: slagelse", "shortName: naestved")
                .replace("defaultTeam: klageenheden", "defaultTeam: ingen"));

        String expected = String.join("\n",
            "naestved.yml: defaultTeam: no team with id ingen; known: handicap, klageenheden",
            "slagelse.yml: kind: is required",
            "slagelse.yml: areas[1].units[0].capacity.amount: must be a whole number of at least 1, was -3",
            "slagelse.yml: personalDataRetention: must be a positive ISO-8601 period such as P2Y or P18M, was two years");
        assertThatThrownBy(catalogue::load).isInstanceOf(CatalogueException.class).hasMessage(expected);
    }

    private List<String> problems(FixtureText organisation) {
        return CatalogueDirectory.at(directory).organisation("slagelse.yml", organisation).problems();
    }

    private Organisation loaded(FixtureText organisation) {
        return CatalogueDirectory.at(directory).organisation("slagelse.yml", organisation).load().require("slagelse");
    }
}
