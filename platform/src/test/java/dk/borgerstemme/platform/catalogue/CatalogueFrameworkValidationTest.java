package dk.borgerstemme.platform.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dk.borgerstemme.platform.catalogue.FixtureText.MINIMAL_FRAMEWORK;
import static dk.borgerstemme.platform.catalogue.FixtureText.MINIMAL_ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogueFrameworkValidationTest {

    @TempDir
    Path directory;

    @Test
    void theMinimalFrameworkLoadsAndKnowsWhichPointsTheSystemFeeds() {
        Framework framework = catalogueWith(MINIMAL_FRAMEWORK).load().framework("test-framework").orElseThrow();

        assertThat(framework.points()).extracting(MeasurementPoint::id).containsExactly("oplevet-kvalitet", "klager", "oekonomi");
        assertThat(framework.point("oplevet-kvalitet").orElseThrow().sources()).containsExactly(MeasurementPoint.SURVEY);
        assertThat(framework.point("oekonomi").orElseThrow().fedBySystem()).isFalse();
        assertThat(framework.trackOf("klager").map(StrategyTrack::id)).contains("kvalitet");
    }

    @Test
    void theFrameworkIdMustMatchTheFileName() {
        assertThat(problems(MINIMAL_FRAMEWORK.replace("id: test-framework", "id: testramme"))).containsExactly(
            "test-framework.yml: id: must be test-framework to match the file name test-framework.yml, was testramme");
    }

    @Test
    void trackAndPointIdsAreUniqueAcrossTheWholeFramework() {
        assertThat(problems(MINIMAL_FRAMEWORK.replace("- id: oekonomi", "- id: kvalitet"))).containsExactly(
            "test-framework.yml: tracks[1].points[0].id: duplicate track or measurement point id kvalitet, first used at tracks[0].id");
    }

    @Test
    void aPointIsFedOnlyBySurveysOrComplaints() {
        assertThat(problems(MINIMAL_FRAMEWORK.replace("sources: [survey]", "sources: [survey, hr-data]"))).containsExactly(
            "test-framework.yml: tracks[0].points[0].sources[1]: must be one of survey, complaints, was hr-data");
    }

    @Test
    void withoutIndicatorsAPointShowsEveryIndicatorOfItsSources() {
        Framework framework = catalogueWith(MINIMAL_FRAMEWORK).load().framework("test-framework").orElseThrow();

        assertThat(framework.point("klager").orElseThrow().indicators()).containsExactly(MeasurementPoint.COMPLAINTS_PER_100,
            MeasurementPoint.ANSWERED_WITHIN_DEADLINE, MeasurementPoint.CLOSED_WITH_LEARNING, MeasurementPoint.HANDLING_RATING);
        assertThat(framework.point("oekonomi").orElseThrow().indicators()).isEmpty();
    }

    @Test
    void aPointCanNameWhichOfItsSourcesIndicatorsItShowsInTheSourcesOrder() {
        Framework framework = catalogueWith(MINIMAL_FRAMEWORK.replace("sources: [complaints]",
            "sources: [complaints]\n        indicators: [handling-rating, complaints-per-100]")).load().framework("test-framework").orElseThrow();

        MeasurementPoint klager = framework.point("klager").orElseThrow();
        assertThat(klager.indicators()).containsExactly(MeasurementPoint.COMPLAINTS_PER_100, MeasurementPoint.HANDLING_RATING);
        assertThat(klager.shows(MeasurementPoint.ANSWERED_WITHIN_DEADLINE)).isFalse();
    }

    @Test
    void anIndicatorMustBeOneOfThePointsSources() {
        assertThat(problems(MINIMAL_FRAMEWORK.replace("sources: [survey]", "sources: [survey]\n        indicators: [share-positive, handling-rating]")))
            .containsExactly("test-framework.yml: tracks[0].points[0].indicators[1]: must be one of share-positive, was handling-rating");
    }

    @Test
    void indicatorsNameOneOfEverySourceAndNeedSourcesAtAll() {
        assertThat(problems(MINIMAL_FRAMEWORK.replace("sources: [survey]", "sources: [survey, complaints]\n        indicators: [handling-rating]")))
            .containsExactly("test-framework.yml: tracks[0].points[0].indicators: names no indicator of source survey; add one of share-positive "
                + "or remove survey from sources");
        assertThat(problems(MINIMAL_FRAMEWORK.replace("name: Økonomi", "name: Økonomi\n        indicators: [share-positive]")))
            .containsExactly("test-framework.yml: tracks[1].points[0].indicators: needs sources to choose indicators from; leave indicators out "
                + "for a point fed from elsewhere");
        assertThat(problems(MINIMAL_FRAMEWORK.replace("sources: [complaints]", "sources: [complaints]\n        indicators: []")))
            .containsExactly("test-framework.yml: tracks[0].points[1].indicators: must list at least one indicator");
    }

    @Test
    void everyNameHasDanish() {
        assertThat(problems(MINIMAL_FRAMEWORK.replace("{da: Oplevet kvalitet, en: Perceived quality}", "{en: Perceived quality}")))
            .containsExactly("test-framework.yml: tracks[0].points[0].name.da: is required");
    }

    @Test
    void aNameHasOnlyDanishAndEnglish() {
        assertThat(problems(MINIMAL_FRAMEWORK.replace("{da: Testramme, en: Test framework}", "{da: Testramme, de: Testrahmen}")))
            .containsExactly("test-framework.yml: name.de: unknown key, expected one of da, en");
    }

    @Test
    void aFrameworkNeedsAtLeastOneTrack() {
        assertThat(problems(new FixtureText("id: test-framework\nname: Testramme\ntracks: []\n"))).containsExactly(
            "test-framework.yml: tracks: must list at least one track");
    }

    @Test
    void anOrganisationIsNotBlamedForTheProblemsOfItsFramework() {
        CatalogueDirectory catalogue = CatalogueDirectory.at(directory)
            .framework("test-framework.yml", MINIMAL_FRAMEWORK.replace("name: Drift", "name: ''"))
            .organisation("slagelse.yml", MINIMAL_ORGANISATION.replace("framework: slagelse-2024-2030", "framework: test-framework"));

        assertThat(catalogue.problems()).containsExactly("test-framework.yml: tracks[1].name: must not be blank");
    }

    private CatalogueDirectory catalogueWith(FixtureText framework) {
        return CatalogueDirectory.at(directory)
            .framework("test-framework.yml", framework)
            .organisation("slagelse.yml", MINIMAL_ORGANISATION);
    }

    private List<String> problems(FixtureText framework) {
        return catalogueWith(framework).problems();
    }
}
