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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Combined splits, suppressed together with the single splits. Slagelse, minimum group size 5; solvang and
 * havnevej are in socialpsykiatrien, skovly in handicap. Every respondent answers moedt-med-respekt (point
 * god-servicekultur), so responses and scored respondents are the same numbers.
 */
class WaveTablesTest {

    private static final String POINT = "god-servicekultur";
    private static final String SOLVANG = "botilbuddet-solvang";
    private static final String HAVNEVEJ = "botilbuddet-havnevej";
    private static final String SKOVLY = "bostedet-skovly";

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

    /**
     * <pre>
     *                borger  paaroerende | unit
     *   solvang         8         2      |  10
     *   havnevej        7         6      |  13
     *   skovly          9         5      |  14
     *   role           24        13      |  37
     * </pre>
     * solvang × paaroerende (2) is below 5. Alone in its row, solvang × borger goes with it; alone in the borger
     * column, the cell that opens no new row goes: havnevej × borger (its area × role cell, 8 + 7, already has a
     * hidden part), and then havnevej × paaroerende for the same reason. A rectangle of four: every hidden cell
     * shares its row and its column with another, so no row, column or area × role cell gives one away.
     */
    @Test
    void aSmallCellIsHiddenInARectangleSoNeitherItsRowNorItsColumnNorItsAreaGivesItAway() {
        fixture("alene");

        PointResult unitByRole = point(tables().view(Split.combined(Grouping.UNIT, Grouping.ROLE), ResultScope.WHOLE_ORGANISATION));

        assertThat(reason(unitByRole.groups(), SOLVANG + "/paaroerende")).contains(Reason.BELOW_MINIMUM);
        assertThat(reason(unitByRole.groups(), SOLVANG + "/borger")).contains(Reason.COMPLEMENTARY);
        assertThat(reason(unitByRole.groups(), HAVNEVEJ + "/borger")).contains(Reason.COMPLEMENTARY);
        assertThat(reason(unitByRole.groups(), HAVNEVEJ + "/paaroerende")).contains(Reason.COMPLEMENTARY);
        assertThat(n(unitByRole.groups(), SKOVLY + "/borger")).isEqualTo(9);
        assertThat(n(unitByRole.groups(), SKOVLY + "/paaroerende")).isEqualTo(5);
        assertThat(unitByRole.rows()).extracting(GroupResult::group).containsExactly(SOLVANG, HAVNEVEJ, SKOVLY);
        assertThat(n(unitByRole.rows(), SOLVANG)).isEqualTo(10);
        assertThat(n(unitByRole.columns(), "paaroerende")).isEqualTo(13);
        assertThat(unitByRole.total().shown().orElseThrow().figures().n()).isEqualTo(37);

        PointResult areaByRole = point(tables().view(Split.combined(Grouping.AREA, Grouping.ROLE), ResultScope.WHOLE_ORGANISATION));
        assertThat(n(areaByRole.groups(), "socialpsykiatrien/paaroerende")).isEqualTo(8);
        assertThat(n(areaByRole.groups(), "handicap/paaroerende")).isEqualTo(5);
        assertNothingSmallCanBeWorkedOut();
    }

    /**
     * As above, but havnevej's six relatives answered on the citizen's behalf, and nobody else did. The split by
     * way of answering then shows those six (paa-vegne-af-borgeren: 6), so socialpsykiatrien × paaroerende (8)
     * minus them would give solvang's two away: the area × role table is hidden too, and skovly × paaroerende
     * (paaroerende 13 − 6 − 5 = 2 otherwise) with its row.
     */
    @Test
    void aSingleSplitThatHappensToEqualAHiddenCellIsNotAWayAround() {
        fixture("paa-vegne-af-borgeren");

        List<PointResult> unitByRole = tables().view(Split.combined(Grouping.UNIT, Grouping.ROLE), ResultScope.WHOLE_ORGANISATION);
        List<PointResult> areaByRole = tables().view(Split.combined(Grouping.AREA, Grouping.ROLE), ResultScope.WHOLE_ORGANISATION);

        assertThat(reason(point(unitByRole).groups(), SOLVANG + "/paaroerende")).contains(Reason.BELOW_MINIMUM);
        assertThat(reason(point(unitByRole).groups(), SKOVLY + "/paaroerende")).isPresent();
        assertThat(reason(point(areaByRole).groups(), "socialpsykiatrien/paaroerende")).isPresent();
        assertNothingSmallCanBeWorkedOut();
    }

    @Test
    void byUnitAndWayOfAnsweringAWayOfAnsweringHasNoResponseRate() {
        fixture("alene");
        answer(SKOVLY, "borger", "med-hjaelp-fra-medarbejder", 6, "5");

        PointResult unitByHow = point(tables().view(Split.combined(Grouping.UNIT, Grouping.ANSWERED_HOW), ResultScope.WHOLE_ORGANISATION));

        GroupResult.Shown helped = shown(unitByHow.groups(), SKOVLY + "/med-hjaelp-fra-medarbejder");
        assertThat(helped.responses()).isEqualTo(6);
        assertThat(helped.codesIssued()).isEmpty();
        assertThat(n(unitByHow.groups(), SKOVLY + "/alene")).isEqualTo(14);
        assertNothingSmallCanBeWorkedOut();
    }

    @Test
    void inManyRandomWavesNoSmallGroupCanBeWorkedOutFromAllTheTablesAndNarrowerViewsTogether() {
        Random random = new Random(20261129);
        List<String> units = List.of(SOLVANG, HAVNEVEJ, "bostoette-socialpsykiatrien", SKOVLY, "bostedet-engparken", "misbrugscentret");
        List<String> roles = List.of("borger", "paaroerende", "vaerge");
        List<String> ways = List.of("alene", "med-hjaelp-fra-medarbejder", "paa-vegne-af-borgeren");
        for (int wave = 0; wave < 60; wave++) {
            respondents.clear();
            answers.clear();
            for (String unit : units) {
                for (String role : roles) {
                    for (String how : ways) {
                        int n = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 4 : 12);
                        answer(unit, role, how, n, random.nextBoolean() ? "5" : "2");
                    }
                }
            }
            List<String> leader = List.of(units.get(random.nextInt(3)), units.get(3 + random.nextInt(3)));
            assertNothingSmallCanBeWorkedOut(List.of(leader, List.of(leader.get(0)), List.of(leader.get(1)), List.of(units.get(1), units.get(2))));
        }
    }

    @Test
    void aUnitLeadersViewShowsOnlySumsOfWhatTheOrganisationShows() {
        fixture("alene");
        ResultScope solvangAndSkovly = new ResultScope(unit -> unit.equals(SOLVANG) || unit.equals(SKOVLY), false);

        PointResult leader = point(tables().view(Split.combined(Grouping.UNIT, Grouping.ROLE), solvangAndSkovly));

        assertThat(leader.rows()).extracting(GroupResult::group).containsExactly(SOLVANG, SKOVLY);
        assertThat(reason(leader.groups(), SOLVANG + "/borger")).contains(Reason.HIDDEN_IN_WIDER_TABLE);
        assertThat(n(leader.groups(), SKOVLY + "/borger")).isEqualTo(9);
        // Their borger column, 8 + 9, would give solvang × borger away beside skovly × borger: hidden.
        assertThat(reason(leader.columns(), "borger")).contains(Reason.HIDDEN_IN_WIDER_TABLE);
        // Their total is solvang (10, shown) + skovly (14, shown): a sum of shown figures, so shown.
        assertThat(leader.total().shown().orElseThrow().figures().n()).isEqualTo(24);
        PointResult byRole = point(tables().view(Split.single(Grouping.ROLE), solvangAndSkovly));
        assertThat(reason(byRole.groups(), "borger")).isPresent();
    }

    /**
     * Independently of {@link CrossSuppression}: with floating-point Gaussian elimination over the respondents'
     * (unit, role, way) combinations, no figure with 0 < n < 5 that any table hides is a linear combination of
     * the figures the tables show.
     */
    private void assertNothingSmallCanBeWorkedOut() {
        assertNothingSmallCanBeWorkedOut(List.of());
    }

    /** As above, with also every table of the narrower views (a unit leader's units) as something a reader may hold. */
    private void assertNothingSmallCanBeWorkedOut(List<List<String>> narrowerViews) {
        WaveTables tables = tables();
        List<List<String>> views = new ArrayList<>();
        views.add(null);
        views.addAll(narrowerViews);
        List<String> leaves = respondents.stream().map(WaveTablesTest::leafOf).distinct().toList();
        List<double[]> shown = new ArrayList<>();
        List<double[]> smallHidden = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Split> splits = new ArrayList<>(List.of(Split.single(Grouping.UNIT), Split.single(Grouping.AREA),
            Split.single(Grouping.ROLE), Split.single(Grouping.ANSWERED_HOW)));
        splits.addAll(Split.COMBINED);
        for (List<String> view : views) {
            ResultScope scope = view == null ? ResultScope.WHOLE_ORGANISATION : new ResultScope(view::contains, false);
            for (Split split : splits) {
                PointResult point = point(tables.view(split, scope));
                List<GroupResult> cells = new ArrayList<>(point.groups());
                cells.add(point.total());
                for (GroupResult cell : cells) {
                    double[] vector = new double[leaves.size()];
                    int n = 0;
                    for (Respondent respondent : respondents) {
                        if ((view == null || view.contains(respondent.unit())) && inCell(split, cell.group(), respondent)) {
                            vector[leaves.indexOf(leafOf(respondent))] = 1;
                            n++;
                        }
                    }
                    if (cell.suppressed() && n > 0 && n < 5) {
                        smallHidden.add(vector);
                        names.add(split.id() + " " + cell.group() + " (" + n + ")");
                    } else if (!cell.suppressed()) {
                        shown.add(vector);
                    }
                }
            }
        }
        int rank = rank(shown);
        for (int i = 0; i < smallHidden.size(); i++) {
            List<double[]> with = new ArrayList<>(shown);
            with.add(smallHidden.get(i));
            assertThat(rank(with)).as("%s can be worked out from the shown figures", names.get(i)).isEqualTo(rank + 1);
        }
    }

    private boolean inCell(Split split, String group, Respondent respondent) {
        if (group.equals(PointResult.TOTAL)) {
            return true;
        }
        String[] values = group.split("/", -1);
        WaveAnswers.Leaf leaf = new WaveAnswers.Leaf(respondent.unit(), respondent.role(), respondent.answeredHow());
        if (!split.rows().groupOf(leaf, slagelse).equals(values[0])) {
            return false;
        }
        return split.columns().map(columns -> columns.groupOf(leaf, slagelse).equals(values[1])).orElse(true);
    }

    private static int rank(List<double[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        double[][] matrix = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int width = matrix[0].length;
        int rank = 0;
        for (int column = 0; column < width && rank < matrix.length; column++) {
            int pivot = rank;
            for (int r = rank; r < matrix.length; r++) {
                if (Math.abs(matrix[r][column]) > Math.abs(matrix[pivot][column])) {
                    pivot = r;
                }
            }
            if (Math.abs(matrix[pivot][column]) < 1e-9) {
                continue;
            }
            double[] swap = matrix[pivot];
            matrix[pivot] = matrix[rank];
            matrix[rank] = swap;
            for (int r = 0; r < matrix.length; r++) {
                if (r != rank) {
                    double factor = matrix[r][column] / matrix[rank][column];
                    for (int c = column; c < width; c++) {
                        matrix[r][c] -= factor * matrix[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private void fixture(String howRelativesOfHavnevejAnswered) {
        answer(SOLVANG, "borger", "alene", 8, "4");
        answer(SOLVANG, "paaroerende", "alene", 2, "5");
        answer(HAVNEVEJ, "borger", "alene", 7, "2");
        answer(HAVNEVEJ, "paaroerende", howRelativesOfHavnevejAnswered, 6, "4");
        answer(SKOVLY, "borger", "alene", 9, "5");
        answer(SKOVLY, "paaroerende", "alene", 5, "1");
    }

    private void answer(String unit, String role, String how, int count, String value) {
        for (int i = 0; i < count; i++) {
            long id = respondents.size() + 1;
            respondents.add(new Respondent(id, unit, role, how));
            answers.add(new ScoredAnswer(id, "moedt-med-respekt", value));
        }
    }

    private WaveTables tables() {
        List<String> units = respondents.stream().map(Respondent::unit).distinct().toList();
        return new WaveTables(slagelse, new WaveRows(survey, units, List.of("borger", "paaroerende"), WaveAnswers.of(survey, respondents, answers), List.of()));
    }

    private static String leafOf(Respondent respondent) {
        return respondent.unit() + "|" + respondent.role() + "|" + respondent.answeredHow();
    }

    private static PointResult point(List<PointResult> results) {
        return results.stream().filter(result -> result.point().equals(POINT)).findFirst().orElseThrow();
    }

    private static Optional<Reason> reason(List<GroupResult> cells, String group) {
        return cell(cells, group).suppressedBecause();
    }

    private static int n(List<GroupResult> cells, String group) {
        return shown(cells, group).figures().n();
    }

    private static GroupResult.Shown shown(List<GroupResult> cells, String group) {
        return cell(cells, group).shown().orElseThrow(() -> new AssertionError(group + " is hidden"));
    }

    private static GroupResult cell(List<GroupResult> cells, String group) {
        Map<String, GroupResult> byGroup = new LinkedHashMap<>();
        cells.forEach(cell -> byGroup.put(cell.group(), cell));
        assertThat(byGroup).as("groups").containsKey(group);
        return byGroup.get(group);
    }
}
