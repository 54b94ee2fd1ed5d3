package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.AnsweredHow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Every table one wave publishes, suppressed as one: the single splits (by unit, area, role, way of answering,
 * each as {@link WaveFigures} suppresses it) and the combined splits (unit × role, area × role, unit × way of
 * answering), whose cells {@link CrossSuppression} decides against all of them together, so a hidden cell cannot
 * be found from its row, its column, the single splits or another combined split.
 *
 * <p>A narrower view (a unit leader's units, {@code ?unit=}) suppresses nothing of its own: it shows a figure only
 * when the organisation's tables show it too, or show every part it adds up (the units of a leader's total, the
 * unit × role cells of a leader's role), and hides it otherwise. So a narrower view never tells more than the
 * organisation's tables do, and no pair of views (a leader's total and one of the leader's units, a leader's role
 * and one unit's role) can be subtracted to find a hidden group.
 */
final class WaveTables {

    private static final String TOTAL_TABLE = "total";
    private static final List<Grouping> SINGLE = List.of(Grouping.UNIT, Grouping.AREA, Grouping.ROLE, Grouping.ANSWERED_HOW);

    private final Organisation organisation;
    private final WaveRows wave;
    private final LeafTallies tallies;
    private final List<String> points;
    private final Map<Grouping, List<PointResult>> singleSplits = new EnumMap<>(Grouping.class);
    private final Map<String, Map<String, Decided>> patterns = new HashMap<>();

    /** A figure of the organisation's tables: the leaves it adds up and whether it is hidden. */
    private record Decided(BitSet leaves, Optional<Suppression.Reason> hidden) {
    }

    /** One cell of a table: the values it fixes of each grouping (none for the total). */
    private record Cell(String table, String group, List<Grouping> groupings, List<String> values) {

        boolean covers(WaveAnswers.Leaf leaf, Organisation organisation) {
            for (int i = 0; i < groupings.size(); i++) {
                if (!groupings.get(i).groupOf(leaf, organisation).equals(values.get(i))) {
                    return false;
                }
            }
            return true;
        }

        Optional<Boolean> coversCodes(IssuedCodes codes, Organisation organisation) {
            for (int i = 0; i < groupings.size(); i++) {
                Optional<String> group = groupings.get(i).groupOf(codes, organisation);
                if (group.isEmpty()) {
                    return Optional.empty();
                }
                if (!group.get().equals(values.get(i))) {
                    return Optional.of(false);
                }
            }
            return Optional.of(true);
        }

        /** Codes are issued per unit and role, so a cell of a way of answering has no response rate. */
        boolean hasCodes() {
            return groupings.stream().allMatch(Grouping::hasResponseRate);
        }

        String key() {
            return table + "|" + group;
        }
    }

    WaveTables(Organisation organisation, WaveRows wave) {
        this.organisation = organisation;
        this.wave = wave;
        this.tallies = wave.answers().tally(wave.definition());
        this.points = tallies.points();
    }

    List<String> points() {
        return points;
    }

    List<PointResult> view(Split split, ResultScope scope) {
        if (!split.isCombined() && scope.wholeOrganisation()) {
            return singleSplit(split.rows());
        }
        List<IssuedCodes> codes = scope.codes(wave.issuedCodes());
        List<PointResult> results = new ArrayList<>();
        for (String point : points) {
            List<GroupResult> rows = cellsOf(point, split.rows(), scope, codes);
            GroupResult total = scope.wholeOrganisation()
                ? pointOf(singleSplit(Grouping.UNIT), point).total()
                : result(point, new Cell(TOTAL_TABLE, PointResult.TOTAL, List.of(), List.of()), scope, codes);
            if (split.columns().isEmpty()) {
                results.add(new PointResult(point, rows, total));
                continue;
            }
            Grouping columnGrouping = split.columns().get();
            List<GroupResult> columns = cellsOf(point, columnGrouping, scope, codes);
            List<GroupResult> inner = new ArrayList<>();
            for (String row : valuesOf(split.rows(), scope)) {
                for (String column : valuesOf(columnGrouping, scope)) {
                    Cell cell = new Cell(split.table(), row + "/" + column, List.of(split.rows(), columnGrouping), List.of(row, column));
                    inner.add(result(point, cell, scope, codes));
                }
            }
            results.add(new PointResult(point, inner, rows, columns, total));
        }
        return results;
    }

    /** The cells of a single split in a view: the organisation's own cells for the whole organisation. */
    private List<GroupResult> cellsOf(String point, Grouping grouping, ResultScope scope, List<IssuedCodes> codes) {
        if (scope.wholeOrganisation()) {
            return pointOf(singleSplit(grouping), point).groups();
        }
        return valuesOf(grouping, scope).stream()
            .map(value -> result(point, new Cell(grouping.id(), value, List.of(grouping), List.of(value)), scope, codes))
            .toList();
    }

    private GroupResult result(String point, Cell cell, ResultScope scope, List<IssuedCodes> codes) {
        Optional<Suppression.Reason> hidden = scope.wholeOrganisation()
            ? Optional.ofNullable(pattern(point).get(cell.key())).flatMap(Decided::hidden)
            : narrowerHidden(point, cell, scope);
        if (hidden.isPresent()) {
            return GroupResult.hidden(cell.group(), hidden.get());
        }
        BitSet inCell = leavesOf(cell, scope);
        OptionalInt issued = OptionalInt.empty();
        if (cell.hasCodes()) {
            issued = OptionalInt.of(codes.stream().filter(batch -> cell.coversCodes(batch, organisation).orElse(false))
                .mapToInt(IssuedCodes::count).sum());
        }
        return GroupResult.shown(cell.group(), new GroupResult.Shown(tallies.responses(inCell), issued, tallies.figures(point, inCell), Optional.empty()));
    }

    /**
     * A narrower view shows what the organisation's same figure shows when it holds the same respondents, or
     * a sum of figures the organisation shows; anything else would tell more than the organisation's tables.
     */
    private Optional<Suppression.Reason> narrowerHidden(String point, Cell cell, ResultScope scope) {
        BitSet wanted = leavesOf(cell, scope);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Decided> pattern = pattern(point);
        Decided same = pattern.get(cell.key());
        if (same != null && same.leaves().equals(wanted)) {
            return same.hidden().map(reason -> Suppression.Reason.HIDDEN_IN_WIDER_TABLE);
        }
        String finest = finestTableFor(cell.table());
        boolean everyPartShown = pattern.entrySet().stream()
            .filter(entry -> entry.getKey().startsWith(finest + "|") && entry.getValue().leaves().intersects(wanted))
            .allMatch(entry -> entry.getValue().hidden().isEmpty() && isSubset(entry.getValue().leaves(), wanted));
        return everyPartShown ? Optional.empty() : Optional.of(Suppression.Reason.HIDDEN_IN_WIDER_TABLE);
    }

    private static String finestTableFor(String table) {
        if (table.equals(Grouping.ANSWERED_HOW.id()) || table.endsWith("," + Grouping.ANSWERED_HOW.id())) {
            return Split.combined(Grouping.UNIT, Grouping.ANSWERED_HOW).table();
        }
        if (table.equals(Grouping.ROLE.id()) || table.endsWith("," + Grouping.ROLE.id())) {
            return Split.combined(Grouping.UNIT, Grouping.ROLE).table();
        }
        return Grouping.UNIT.id();
    }

    /** The organisation's tables of one point, suppressed together. */
    private Map<String, Decided> pattern(String point) {
        Map<String, Decided> known = patterns.get(point);
        if (known != null) {
            return known;
        }
        List<Cell> cells = new ArrayList<>();
        List<CrossSuppression.Figure> figures = new ArrayList<>();
        ResultScope everything = ResultScope.WHOLE_ORGANISATION;
        for (Grouping grouping : SINGLE) {
            PointResult single = pointOf(singleSplit(grouping), point);
            for (GroupResult group : single.groups()) {
                Cell cell = new Cell(grouping.id(), group.group(), List.of(grouping), List.of(group.group()));
                cells.add(cell);
                figures.add(figure(point, cell, everything, Optional.of(group.suppressed())));
            }
        }
        Cell total = new Cell(TOTAL_TABLE, PointResult.TOTAL, List.of(), List.of());
        cells.add(total);
        figures.add(figure(point, total, everything, Optional.of(pointOf(singleSplit(Grouping.UNIT), point).total().suppressed())));
        for (Split split : Split.COMBINED) {
            for (String row : valuesOf(split.rows(), everything)) {
                for (String column : valuesOf(split.columns().orElseThrow(), everything)) {
                    Cell cell = new Cell(split.table(), row + "/" + column, List.of(split.rows(), split.columns().get()), List.of(row, column));
                    cells.add(cell);
                    figures.add(figure(point, cell, everything, Optional.empty()));
                }
            }
        }
        List<Optional<Suppression.Reason>> decided = new CrossSuppression(organisation.minimumGroupSize()).decide(figures);
        Map<String, Decided> pattern = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            pattern.put(cells.get(i).key(), new Decided(figures.get(i).leaves(), decided.get(i)));
        }
        patterns.put(point, pattern);
        return pattern;
    }

    private CrossSuppression.Figure figure(String point, Cell cell, ResultScope scope, Optional<Boolean> fixedHidden) {
        BitSet leavesOfCell = leavesOf(cell, scope);
        return new CrossSuppression.Figure(cell.table(), cell.group(), leavesOfCell, tallies.responses(leavesOfCell),
            tallies.scored(point, leavesOfCell), fixedHidden);
    }

    private BitSet leavesOf(Cell cell, ResultScope scope) {
        BitSet set = new BitSet();
        List<WaveAnswers.Leaf> leaves = tallies.leaves();
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            WaveAnswers.Leaf example = leaves.get(leaf);
            if (scope.coversUnit().test(example.unit()) && cell.covers(example, organisation)) {
                set.set(leaf);
            }
        }
        return set;
    }

    /** The organisation's single split, suppressed by {@link WaveFigures}. */
    List<PointResult> singleSplit(Grouping grouping) {
        return singleSplits.computeIfAbsent(grouping, g -> new WaveFigures(organisation, g)
            .results(listedGroups(g), tallies, wave.issuedCodes()));
    }

    private List<String> listedGroups(Grouping grouping) {
        return switch (grouping) {
            case UNIT -> wave.units();
            case AREA -> wave.units().stream().map(unit -> Grouping.areaOf(unit, organisation)).distinct().toList();
            case ROLE -> wave.roles();
            case ANSWERED_HOW -> Arrays.stream(AnsweredHow.values()).map(AnsweredHow::id).toList();
        };
    }

    /** The groups of a grouping in a view, in the organisation's order: a narrower view has only its units and their areas. */
    private List<String> valuesOf(Grouping grouping, ResultScope scope) {
        List<String> all = points.isEmpty() ? List.of()
            : pointOf(singleSplit(grouping), points.get(0)).groups().stream().map(GroupResult::group).toList();
        if (scope.wholeOrganisation()) {
            return all;
        }
        return switch (grouping) {
            case UNIT -> scope.units(all);
            case AREA -> {
                Set<String> areas = new LinkedHashSet<>();
                scope.units(valuesOf(Grouping.UNIT, ResultScope.WHOLE_ORGANISATION)).forEach(unit -> areas.add(Grouping.areaOf(unit, organisation)));
                yield all.stream().filter(areas::contains).toList();
            }
            case ROLE, ANSWERED_HOW -> all;
        };
    }

    private static PointResult pointOf(List<PointResult> results, String point) {
        return results.stream().filter(result -> result.point().equals(point)).findFirst().orElseThrow();
    }

    private static boolean isSubset(BitSet part, BitSet whole) {
        BitSet outside = (BitSet) part.clone();
        outside.andNot(whole);
        return outside.isEmpty();
    }
}
