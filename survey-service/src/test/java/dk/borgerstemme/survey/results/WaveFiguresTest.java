package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.CatalogueLoader;
import dk.borgerstemme.platform.catalogue.CatalogueSource;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.definition.SurveyDefinitionCheck;
import dk.borgerstemme.survey.results.Suppression.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Slagelse (minimum group size 5): solvang and havnevej are in socialpsykiatrien, skovly and engparken in handicap. */
class WaveFiguresTest {

    private static Organisation slagelse;
    private static SurveyDefinition survey;

    private final List<Respondent> respondents = new ArrayList<>();
    private final List<ScoredAnswer> answers = new ArrayList<>();

    @BeforeAll
    static void readTheShippedCatalogueAndSurvey() {
        Catalogue catalogue = CatalogueLoader.load(CatalogueSource.classpath());
        slagelse = catalogue.require("slagelse");
        survey = DefaultSurveys.load(SurveyDefinitionCheck.against(catalogue)).forFramework("slagelse-2024-2030").get(0);
    }

    @Test
    void aSmallUnitIsHiddenWithAUnitOfItsOwnAreaSinceTheAreaTotalIsShownInTheSplitByArea() {
        // Across the organisation the first smallest other unit would be solvang; then handicap's total (13,
        // shown split by area) minus engparken would give skovly away.
        answer("botilbuddet-solvang", "moedt-med-respekt", 10, "4");
        answer("botilbuddet-havnevej", "moedt-med-respekt", 10, "4");
        answer("bostedet-skovly", "moedt-med-respekt", 3, "4");
        answer("bostedet-engparken", "moedt-med-respekt", 10, "4");

        PointResult byUnit = point(results(Grouping.UNIT), "god-servicekultur");
        PointResult byArea = point(results(Grouping.AREA), "god-servicekultur");

        assertThat(reason(byUnit, "bostedet-skovly")).contains(Reason.BELOW_MINIMUM);
        assertThat(reason(byUnit, "bostedet-engparken")).contains(Reason.COMPLEMENTARY);
        assertThat(reason(byUnit, "botilbuddet-solvang")).isEmpty();
        assertThat(reason(byUnit, "botilbuddet-havnevej")).isEmpty();
        assertThat(byArea.groups()).noneMatch(GroupResult::suppressed);
    }

    @Test
    void inAnAreaHiddenAsAComplementTheSmallestUnitIsHiddenSoTheAreaCannotBeAddedUp() {
        answer("botilbuddet-solvang", "moedt-med-respekt", 10, "4");
        answer("botilbuddet-havnevej", "moedt-med-respekt", 6, "4");
        answer("misbrugscentret", "moedt-med-respekt", 3, "4");

        PointResult byUnit = point(results(Grouping.UNIT), "god-servicekultur");
        PointResult byArea = point(results(Grouping.AREA), "god-servicekultur");

        assertThat(reason(byArea, "misbrug")).contains(Reason.BELOW_MINIMUM);
        assertThat(reason(byArea, "socialpsykiatrien")).contains(Reason.COMPLEMENTARY);
        assertThat(reason(byUnit, "misbrugscentret")).contains(Reason.TOTAL_TOO_SMALL);
        assertThat(reason(byUnit, "botilbuddet-havnevej")).contains(Reason.COMPLEMENTARY);
        assertThat(reason(byUnit, "botilbuddet-solvang")).isEmpty();
        assertThat(byUnit.total().shown().orElseThrow().figures().n()).isEqualTo(19);
    }

    @Test
    void aGroupWhereTooFewGaveAScoredAnswerIsHiddenThoughItHasEnoughResponses() {
        answer("botilbuddet-solvang", "moedt-med-respekt", 10, "5");
        answer("botilbuddet-havnevej", "moedt-med-respekt", 2, "5");
        answer("botilbuddet-havnevej", "moedt-med-respekt", 8, "ved-ikke");
        answer("bostoette-socialpsykiatrien", "moedt-med-respekt", 9, "1");

        PointResult point = point(results(Grouping.UNIT), "god-servicekultur");

        assertThat(reason(point, "botilbuddet-havnevej")).contains(Reason.BELOW_MINIMUM);
        assertThat(reason(point, "bostoette-socialpsykiatrien")).contains(Reason.COMPLEMENTARY);
        assertThat(reason(point, "botilbuddet-solvang")).isEmpty();
    }

    @Test
    void aPointFedByQuestionsOnDifferentScalesHasAShareButNoMean() {
        // oplevet-kvalitet: tilfreds-med-hjaelpen (smiley-5) and gode-overgange (agreement-5).
        answer("botilbuddet-solvang", "tilfreds-med-hjaelpen", 6, "5");
        answer("botilbuddet-solvang", "gode-overgange", 4, "2");

        GroupResult total = point(results(Grouping.UNIT), "oplevet-kvalitet").total();

        assertThat(total.shown().orElseThrow().figures().sharePositive().getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(total.shown().orElseThrow().figures().mean()).isEmpty();
        assertThat(total.shown().orElseThrow().figures().scale()).isEmpty();
    }

    @Test
    void everyWayOfAnsweringIsAGroupAndHasNoResponseRate() {
        answer("botilbuddet-solvang", "moedt-med-respekt", 10, "4");

        PointResult point = point(new WaveFigures(slagelse, Grouping.ANSWERED_HOW)
            .results(List.of("alene", "med-hjaelp-fra-medarbejder"), tallies(), List.of(new IssuedCodes("botilbuddet-solvang", "borger", 20))),
            "god-servicekultur");

        assertThat(point.groups()).extracting(GroupResult::group).containsExactly("alene", "med-hjaelp-fra-medarbejder");
        assertThat(point.groups().get(0).shown().orElseThrow().responseRate()).isEmpty();
        assertThat(point.total().shown().orElseThrow().codesIssued()).isEmpty();
    }

    private void answer(String unit, String question, int respondentsGiving, String value) {
        for (int i = 0; i < respondentsGiving; i++) {
            long id = respondents.size() + 1;
            respondents.add(new Respondent(id, unit, "borger", "alene"));
            answers.add(new ScoredAnswer(id, question, value));
        }
    }

    private List<PointResult> results(Grouping grouping) {
        List<String> units = respondents.stream().map(Respondent::unit).distinct().toList();
        List<String> groups = grouping == Grouping.AREA
            ? units.stream().map(unit -> Grouping.areaOf(unit, slagelse)).distinct().toList()
            : units;
        return new WaveFigures(slagelse, grouping).results(groups, tallies(), List.of());
    }

    private LeafTallies tallies() {
        return WaveAnswers.of(survey, respondents, answers).tally(survey);
    }

    private static PointResult point(List<PointResult> results, String point) {
        return results.stream().filter(result -> result.point().equals(point)).findFirst().orElseThrow();
    }

    private static Optional<Reason> reason(PointResult point, String group) {
        return point.groups().stream().filter(cell -> cell.group().equals(group)).findFirst().orElseThrow().suppressedBecause();
    }
}
