package dk.borgerstemme.survey.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suppression across tables that add up the same respondents in different ways: the splits by unit, area,
 * role and way of answering and the combined splits (unit × role, area × role, unit × way of answering) of one
 * measurement point. Each published figure is the sum of some <em>leaves</em>, the respondents of one unit,
 * role and way of answering; a figure is shown or hidden. The figures already decided (the single splits,
 * suppressed by {@link Suppression} and {@link WaveFigures}) are passed as fixed; this class decides the others.
 *
 * <ol>
 *   <li><b>Primary.</b> A figure with 0 &lt; n &lt; k, in responses or in respondents who gave the point a scored
 *       answer, is hidden.</li>
 *   <li><b>Rows and columns.</b> Wherever a shown figure is the sum of figures of another table (a unit is the sum
 *       of its unit × role cells, a role the sum of its column, an area × role cell the sum of its units'), the
 *       hidden parts with n &gt; 0 are none, or at least two that hold k or more together; otherwise the smallest
 *       shown part is hidden too. Where a hidden figure is such a sum, at least one part is hidden, or it could be
 *       added up.</li>
 *   <li><b>Any combination.</b> A hidden figure with 0 &lt; n &lt; k must not be a linear combination of shown
 *       figures: sums and differences of rows, columns and whole tables. This is checked exactly (Gaussian
 *       elimination over the leaves, modulo the prime 2³¹ − 1, exact for the ±1 combinations tables give) and the
 *       smallest shown figure next to it is hidden until none is. It catches what rule 2 cannot see, such as a
 *       cell recovered through a chain of rows and columns. If nothing left to hide would help, every figure
 *       this class decides is hidden, leaving only the single splits, which protect themselves.</li>
 * </ol>
 * Leaves nobody is in are left out, as if a reader knew every empty combination: that can only hide more.
 */
final class CrossSuppression {

    /**
     * One published figure. {@code table} names the table it is a cell of (cells of one table never share a
     * leaf); {@code fixed} is empty when this class decides it, else whether it is hidden.
     */
    record Figure(String table, String group, BitSet leaves, int responses, int scored, Optional<Boolean> fixedHidden) {

        boolean decidable() {
            return fixedHidden.isEmpty();
        }
    }

    private record Relation(int parent, List<Integer> children) {
    }

    private static final long PRIME = 2_147_483_647L;

    private final int minimumGroupSize;

    CrossSuppression(int minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
    }

    /** Why each figure is hidden, by index; empty for a shown figure. Fixed figures keep their state (reason {@code HIDDEN_IN_WIDER_TABLE}). */
    List<Optional<Suppression.Reason>> decide(List<Figure> figures) {
        List<Optional<Suppression.Reason>> hidden = new ArrayList<>();
        for (Figure figure : figures) {
            if (figure.decidable()) {
                hidden.add(isSensitive(figure) ? Optional.of(Suppression.Reason.BELOW_MINIMUM) : Optional.empty());
            } else {
                hidden.add(figure.fixedHidden().get() ? Optional.of(Suppression.Reason.HIDDEN_IN_WIDER_TABLE) : Optional.empty());
            }
        }
        List<Relation> relations = relations(figures);
        Basis fixedShown = new Basis(leafCount(figures), figures.size());
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            if (!figure.decidable() && !figure.fixedHidden().get()) {
                fixedShown.add(i, figure.leaves());
            }
        }
        while (true) {
            if (rowsAndColumns(figures, relations, hidden)) {
                continue;
            }
            Optional<Boolean> combinations = anyCombination(figures, hidden, fixedShown);
            if (combinations.isEmpty()) {
                return hideEverythingDecided(figures, hidden);
            }
            if (!combinations.get()) {
                return hidden;
            }
        }
    }

    private boolean isSensitive(Figure figure) {
        return isSmall(figure.responses()) || isSmall(figure.scored());
    }

    private boolean isSmall(int n) {
        return 0 < n && n < minimumGroupSize;
    }

    /** Rule 2; true when it hid something. */
    private boolean rowsAndColumns(List<Figure> figures, List<Relation> relations, List<Optional<Suppression.Reason>> hidden) {
        boolean changed = false;
        for (Relation relation : relations) {
            boolean parentHidden = hidden.get(relation.parent()).isPresent();
            if (parentHidden) {
                boolean aPartHidden = relation.children().stream()
                    .anyMatch(child -> hidden.get(child).isPresent() && figures.get(child).responses() > 0);
                if (!aPartHidden) {
                    changed |= hideCheapest(figures, relations, relation.children(), hidden, Figure::responses);
                }
                continue;
            }
            for (Measure measure : List.<Measure>of(Figure::responses, Figure::scored)) {
                List<Integer> hiddenParts = relation.children().stream()
                    .filter(child -> hidden.get(child).isPresent() && measure.of(figures.get(child)) > 0).toList();
                int together = hiddenParts.stream().mapToInt(child -> measure.of(figures.get(child))).sum();
                if (!hiddenParts.isEmpty() && (hiddenParts.size() == 1 || together < minimumGroupSize)) {
                    changed |= hideCheapest(figures, relations, relation.children(), hidden, measure)
                        || hideCheapest(figures, relations, relation.children(), hidden, Figure::responses);
                }
            }
        }
        return changed;
    }

    /**
     * Rule 3. True when it hid something, false when every small hidden figure is safe, empty when one is not
     * and nothing decidable is left to hide that would help.
     */
    private Optional<Boolean> anyCombination(List<Figure> figures, List<Optional<Suppression.Reason>> hidden, Basis fixedShown) {
        Basis shown = shownBasis(figures, hidden, -1);
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            if (hidden.get(i).isEmpty() || !isSensitive(figure)) {
                continue;
            }
            Optional<List<Integer>> usedFigures = shown.combinationOf(figure.leaves());
            if (usedFigures.isEmpty() || fixedShown.combinationOf(figure.leaves()).isPresent()) {
                continue; // safe, or given away by the single splits alone, which are not decided here
            }
            List<Integer> culprits = usedFigures.get().stream()
                .filter(used -> figures.get(used).decidable() && figures.get(used).responses() > 0).toList();
            if (culprits.isEmpty()) {
                return Optional.empty();
            }
            // The smallest figure whose hiding alone makes this one safe; else the smallest used, and look again.
            Comparator<Integer> smallestFirst = Comparator.<Integer>comparingInt(used -> figures.get(used).responses())
                .thenComparing(Comparator.naturalOrder());
            int next = culprits.stream().sorted(smallestFirst)
                .filter(used -> shownBasis(figures, hidden, used).combinationOf(figure.leaves()).isEmpty())
                .findFirst()
                .orElseGet(() -> culprits.stream().min(smallestFirst).orElseThrow());
            hidden.set(next, Optional.of(Suppression.Reason.COMPLEMENTARY));
            return Optional.of(true);
        }
        return Optional.of(false);
    }

    private static Basis shownBasis(List<Figure> figures, List<Optional<Suppression.Reason>> hidden, int leaveOut) {
        Basis shown = new Basis(leafCount(figures), figures.size());
        for (int i = 0; i < figures.size(); i++) {
            if (hidden.get(i).isEmpty() && i != leaveOut) {
                shown.add(i, figures.get(i).leaves());
            }
        }
        return shown;
    }

    private interface Measure {
        int of(Figure figure);
    }

    /**
     * Hides the candidate that costs least: first one that opens no further shown sum (every other shown sum
     * it is part of already has a hidden part), then the smallest, then the first. Picking cells that close
     * rectangles keeps the hidden cells few.
     */
    private static boolean hideCheapest(List<Figure> figures, List<Relation> relations, List<Integer> candidates,
                                        List<Optional<Suppression.Reason>> hidden, Measure measure) {
        Optional<Integer> cheapest = candidates.stream().distinct()
            .filter(candidate -> figures.get(candidate).decidable() && hidden.get(candidate).isEmpty() && measure.of(figures.get(candidate)) > 0)
            .min(Comparator.<Integer>comparingLong(candidate -> sumsOpenedBy(candidate, figures, relations, hidden))
                .thenComparingInt(candidate -> measure.of(figures.get(candidate)))
                .thenComparing(Comparator.naturalOrder()));
        cheapest.ifPresent(candidate -> hidden.set(candidate, Optional.of(Suppression.Reason.COMPLEMENTARY)));
        return cheapest.isPresent();
    }

    private static long sumsOpenedBy(int candidate, List<Figure> figures, List<Relation> relations, List<Optional<Suppression.Reason>> hidden) {
        return relations.stream()
            .filter(relation -> relation.children().contains(candidate) && hidden.get(relation.parent()).isEmpty())
            .filter(relation -> relation.children().stream().noneMatch(child -> hidden.get(child).isPresent() && figures.get(child).responses() > 0))
            .count();
    }

    private static List<Optional<Suppression.Reason>> hideEverythingDecided(List<Figure> figures, List<Optional<Suppression.Reason>> hidden) {
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).decidable() && hidden.get(i).isEmpty() && figures.get(i).responses() > 0) {
                hidden.set(i, Optional.of(Suppression.Reason.COMPLEMENTARY));
            }
        }
        return hidden;
    }

    /**
     * Every figure that is exactly the sum of two or more cells of another table, with at least one of them
     * decidable: only there can rule 2 act.
     */
    private static List<Relation> relations(List<Figure> figures) {
        Map<String, List<Integer>> tables = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            tables.computeIfAbsent(figures.get(i).table(), table -> new ArrayList<>()).add(i);
        }
        List<Relation> relations = new ArrayList<>();
        for (int parent = 0; parent < figures.size(); parent++) {
            BitSet whole = figures.get(parent).leaves();
            if (whole.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, List<Integer>> table : tables.entrySet()) {
                if (table.getKey().equals(figures.get(parent).table())) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                BitSet covered = new BitSet();
                for (int cell : table.getValue()) {
                    BitSet leaves = figures.get(cell).leaves();
                    if (!leaves.isEmpty() && isSubset(leaves, whole)) {
                        parts.add(cell);
                        covered.or(leaves);
                    }
                }
                if (parts.size() >= 2 && covered.equals(whole) && parts.stream().anyMatch(part -> figures.get(part).decidable())) {
                    relations.add(new Relation(parent, parts));
                }
            }
        }
        return relations;
    }

    private static boolean isSubset(BitSet part, BitSet whole) {
        BitSet outside = (BitSet) part.clone();
        outside.andNot(whole);
        return outside.isEmpty();
    }

    private static int leafCount(List<Figure> figures) {
        return figures.stream().mapToInt(figure -> figure.leaves().length()).max().orElse(0);
    }

    /**
     * The span of shown figures' leaf vectors, in echelon form modulo {@link #PRIME}, each row remembering which
     * figures it is a combination of, so a figure found in the span can name the figures that give it away.
     */
    static final class Basis {

        private final int width;
        private final int figureCount;
        private final List<long[]> rows = new ArrayList<>();
        private final List<long[]> combinations = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        Basis(int width, int figureCount) {
            this.width = width;
            this.figureCount = figureCount;
        }

        void add(int figure, BitSet leaves) {
            long[] row = vector(leaves);
            long[] combination = new long[figureCount];
            combination[figure] = 1;
            reduce(row, combination);
            for (int column = 0; column < width; column++) {
                if (row[column] != 0) {
                    long inverse = power(row[column], PRIME - 2);
                    scale(row, inverse);
                    scale(combination, inverse);
                    rows.add(row);
                    combinations.add(combination);
                    pivots.add(column);
                    return;
                }
            }
        }

        /** The figures whose combination gives these leaves exactly; empty when no combination does. */
        Optional<List<Integer>> combinationOf(BitSet leaves) {
            long[] row = vector(leaves);
            long[] combination = new long[figureCount];
            reduce(row, combination);
            for (long value : row) {
                if (value != 0) {
                    return Optional.empty();
                }
            }
            List<Integer> used = new ArrayList<>();
            for (int figure = 0; figure < figureCount; figure++) {
                if (combination[figure] != 0) {
                    used.add(figure);
                }
            }
            return Optional.of(used);
        }

        private long[] vector(BitSet leaves) {
            long[] row = new long[width];
            leaves.stream().forEach(leaf -> row[leaf] = 1);
            return row;
        }

        private void reduce(long[] row, long[] combination) {
            for (int r = 0; r < rows.size(); r++) {
                long factor = row[pivots.get(r)];
                if (factor != 0) {
                    subtract(row, rows.get(r), factor);
                    subtract(combination, combinations.get(r), factor);
                }
            }
        }

        private static void subtract(long[] from, long[] row, long factor) {
            for (int c = 0; c < row.length; c++) {
                if (row[c] != 0) {
                    from[c] = Math.floorMod(from[c] - factor * row[c] % PRIME, PRIME);
                }
            }
        }

        private static void scale(long[] row, long factor) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c] * factor % PRIME;
            }
        }

        private static long power(long base, long exponent) {
            long result = 1;
            long b = base % PRIME;
            while (exponent > 0) {
                if ((exponent & 1) == 1) {
                    result = result * b % PRIME;
                }
                b = b * b % PRIME;
                exponent >>= 1;
            }
            return result;
        }
    }
}
