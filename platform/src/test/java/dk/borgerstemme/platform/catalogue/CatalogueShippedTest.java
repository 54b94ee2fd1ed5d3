package dk.borgerstemme.platform.catalogue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static dk.borgerstemme.platform.catalogue.MeasurementPoint.COMPLAINTS;
import static dk.borgerstemme.platform.catalogue.MeasurementPoint.SURVEY;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogueShippedTest {

    private static Catalogue catalogue;

    @BeforeAll
    static void loadTheShippedCatalogue() {
        catalogue = CatalogueLoader.load(CatalogueSource.classpath());
    }

    @Test
    void theShippedCatalogueHoldsBothDemoOrganisationsWithTheirFrameworks() {
        assertThat(catalogue.organisations()).extracting(Organisation::shortName).containsExactly("midtjylland", "slagelse");
        assertThat(catalogue.require("slagelse").framework().id()).isEqualTo("slagelse-2024-2030");
        assertThat(catalogue.require("midtjylland").framework().id()).isEqualTo("region-midtjylland-maalbillede");
    }

    @Test
    void everyShippedFrameworkParsesIncludingTheHorsensTemplate() {
        assertThat(catalogue.frameworks()).extracting(Framework::id)
            .containsExactly("horsens-2018", "region-midtjylland-maalbillede", "slagelse-2024-2030");
    }

    @Test
    void everyShippedFrameworkNameAndEveryChoiceOfferedToCitizensHasEnglishToo() {
        List<LocalizedText> names = Stream.concat(
            catalogue.frameworks().stream().flatMap(CatalogueShippedTest::namesOf),
            catalogue.organisations().stream().flatMap(CatalogueShippedTest::namesOf)).toList();

        assertThat(names).allSatisfy(name -> assertThat(name.en()).as("English for %s", name.da()).isNotBlank());
    }

    @Test
    void slagelseFollowsItsEightStrategyTracksAndTheSystemFeedsTheApprovedPointsItCan() {
        Framework slagelse = catalogue.require("slagelse").framework();

        assertThat(slagelse.tracks()).hasSize(8);
        assertThat(slagelse.point("god-servicekultur").orElseThrow().sources()).containsExactly(SURVEY);
        assertThat(slagelse.point("opfoelgning-paa-klager").orElseThrow().sources()).containsExactly(COMPLAINTS);
        assertThat(slagelse.point("digital-tilgaengelighed").orElseThrow().sources()).containsExactly(SURVEY);
        assertThat(slagelse.point("oplevet-kvalitet").orElseThrow().name().da())
            .isEqualTo("Den oplevede kvalitet - brugerundersøgelse - feedback");
        assertThat(slagelse.point("udvikling-i-antallet-af-klager").orElseThrow().sources()).containsExactly(COMPLAINTS);
        assertThat(slagelse.point("personalegennemstroemning").orElseThrow().fedBySystem()).isFalse();
        assertThat(slagelse.points()).filteredOn(point -> point.fedBy(COMPLAINTS)).extracting(MeasurementPoint::id)
            .containsExactly("opfoelgning-paa-klager", "udvikling-i-antallet-af-klager");
        assertThat(slagelse.trackOf("deltagelse-i-faellesskaber").map(StrategyTrack::id)).contains("faellesskaber");
    }

    @Test
    void slagelsesComplainantsRatingOfTheHandlingBelongsToTheFollowUpPointNotToTheNumberOfComplaints() {
        Framework slagelse = catalogue.require("slagelse").framework();

        assertThat(slagelse.points()).filteredOn(point -> point.shows(MeasurementPoint.HANDLING_RATING)).extracting(MeasurementPoint::id)
            .containsExactly("opfoelgning-paa-klager");
        assertThat(slagelse.point("udvikling-i-antallet-af-klager").orElseThrow().indicators()).containsExactly(
            MeasurementPoint.COMPLAINTS_PER_100, MeasurementPoint.ANSWERED_WITHIN_DEADLINE, MeasurementPoint.CLOSED_WITH_LEARNING);
        assertThat(slagelse.point("god-servicekultur").orElseThrow().indicators()).containsExactly(MeasurementPoint.SHARE_POSITIVE);
    }

    @Test
    void midtjyllandsTargetPictureHasThreeTracksAndSevenGoals() {
        Framework target = catalogue.require("midtjylland").framework();

        assertThat(target.tracks()).hasSize(3);
        assertThat(target.points()).hasSize(7);
        assertThat(target.points()).filteredOn(MeasurementPoint::fedBySystem).extracting(MeasurementPoint::id)
            .containsExactly("oplevet-borgertilfredshed", "kommunernes-foretrukne-eksterne-valg");
    }

    @Test
    void horsensHasItsFivePejlemaerker() {
        Framework horsens = catalogue.framework("horsens-2018").orElseThrow();

        assertThat(horsens.points()).extracting(point -> point.name().da())
            .containsExactly("Fællesskab", "Mestring", "Resultat og effekt af indsatser", "Samarbejder og partnerskaber", "Ny teknologi");
    }

    @Test
    void slagelseHasUnitsOfEveryKindItRunsWithTheirCapacity() {
        Organisation slagelse = catalogue.require("slagelse");

        assertThat(slagelse.kind()).isEqualTo(OrganisationKind.MUNICIPALITY);
        assertThat(slagelse.areas()).extracting(Area::id).containsExactly("socialpsykiatrien", "handicap", "misbrug", "myndighed");
        assertThat(slagelse.units()).extracting(Unit::kind).containsAll(List.of(UnitKind.values()));
        assertThat(slagelse.unit("bpa").orElseThrow().capacity()).isEqualTo(new Capacity(39, CapacityMeasure.CITIZENS));
        assertThat(slagelse.respondentRoles()).extracting(RespondentRole::id).containsExactly("borger", "paaroerende", "vaerge");
        assertThat(slagelse.defaultTeam()).isEqualTo("klageenheden");
        assertThat(slagelse.minimumGroupSize()).isEqualTo(5);
        assertThat(slagelse.personalDataRetention()).isEqualTo(Period.ofYears(2));
        assertThat(slagelse.closedDays()).hasSize(2);
        assertThat(slagelse.accessibilityStatementUrl().getScheme()).isEqualTo("https");
    }

    @Test
    void midtjyllandIsARegionWhoseBuyingMunicipalitiesAnswerToo() {
        Organisation midtjylland = catalogue.require("midtjylland");

        assertThat(midtjylland.kind()).isEqualTo(OrganisationKind.REGION);
        assertThat(midtjylland.respondentRoles()).extracting(RespondentRole::id)
            .containsExactly("borger", "paaroerende", "vaerge", "koebende-kommune");
        assertThat(midtjylland.deadlines()).isEqualTo(Deadlines.DEFAULT);
    }

    @Test
    void slagelseRoutesDecisionsToTheAuthorityAndTheRestToTheArea() {
        Organisation slagelse = catalogue.require("slagelse");

        assertThat(slagelse.teamFor("klage", "afgoerelse-om-hjaelp", "bostedet-skovly")).isEqualTo("myndighed");
        assertThat(slagelse.teamFor("klage", "medarbejderes-adfaerd", "bostedet-skovly")).isEqualTo("handicap");
        assertThat(slagelse.teamFor("ros", "levering-af-hjaelpen", "bpa")).isEqualTo("myndighed");
        assertThat(slagelse.teamFor("forslag", "andet", null)).isEqualTo("klageenheden");
    }

    @Test
    void theDemoOrganisationsNameTheRootCausesAClosedComplaintIsFiledUnder() {
        Organisation slagelse = catalogue.require("slagelse");

        assertThat(slagelse.rootCauses()).extracting(RootCause::id).contains("kommunikation", "ingen-fejl");
        assertThat(slagelse.rootCause("sagsbehandlingstid").orElseThrow().name().in(Locale.ENGLISH))
            .isEqualTo("Long case handling time");
        assertThat(catalogue.require("midtjylland").rootCauses()).isNotEmpty();
    }

    private static Stream<LocalizedText> namesOf(Framework framework) {
        return Stream.concat(Stream.of(framework.name()), framework.tracks().stream()
            .flatMap(track -> Stream.concat(Stream.of(track.name()), track.points().stream().map(MeasurementPoint::name))));
    }

    /** Unit names are proper nouns and may stay Danish only. */
    private static Stream<LocalizedText> namesOf(Organisation organisation) {
        return Stream.of(
            Stream.of(organisation.name()),
            organisation.areas().stream().map(Area::name),
            organisation.respondentRoles().stream().map(RespondentRole::name),
            organisation.complaintCategories().stream().map(ComplaintCategory::name),
            organisation.rootCauses().stream().map(RootCause::name)).flatMap(names -> names);
    }
}
