package dk.borgerstemme.survey.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of a table may be shown, given the organisation's minimum group size k. The groups
 * partition a total (units of an area, respondent roles of a unit, …), so the total is the sum of their n.
 * A hidden group shows none of its figures, not even n: every figure of it could single a person out.
 *
 * <ol>
 *   <li><b>Total too small.</b> If 0 &lt; total &lt; k, the total and every group are hidden.</li>
 *   <li><b>Primary.</b> Every group with 0 &lt; n &lt; k is hidden. A group with n = 0 is shown: it says
 *       nothing about anybody.</li>
 *   <li><b>Complementary.</b> Anybody can subtract the shown groups from the total and get the hidden
 *       groups together. So while exactly one group is hidden, or the hidden groups together hold fewer
 *       than k respondents, the smallest shown group with n &gt; 0 is hidden too (the first in table order
 *       on a tie). One hidden group would be given away outright; several that together hold fewer than k
 *       would give away what a handful of people answered (two hidden groups of one each, both positive).</li>
 * </ol>
 * A table shown beside a wider one must keep hidden what the wider table hides, or the two together give it
 * away: such groups can be passed as already hidden and count as hidden in step 3. (Narrower views of results
 * do not use this: they show only sums of what the organisation's tables show, see {@link WaveTables}.)
 * If step 3 runs out of groups to hide, the total is hidden too: it would equal the hidden groups.
 * Tables nested in other tables (units in areas) are suppressed level by level with the same rule; a caller
 * that shows several levels must carry a hidden group's hiding down to its parts.
 */
public final class Suppression {

    public enum Reason { TOTAL_TOO_SMALL, BELOW_MINIMUM, COMPLEMENTARY, HIDDEN_IN_WIDER_TABLE }

    private final int minimumGroupSize;

    public Suppression(int minimumGroupSize) {
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("A minimum group size is at least 1, was " + minimumGroupSize);
        }
        this.minimumGroupSize = minimumGroupSize;
    }

    public int minimumGroupSize() {
        return minimumGroupSize;
    }

    /** Groups with their n, in the order they are shown. */
    public <G> SuppressedTable<G> apply(Map<G, Integer> nByGroup) {
        return apply(nByGroup, Set.of());
    }

    /** As {@link #apply(Map)}, with groups a wider table hides already hidden. */
    public <G> SuppressedTable<G> apply(Map<G, Integer> nByGroup, Set<G> hiddenInWiderTable) {
        nByGroup.forEach((group, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("Group " + group + " has n " + n);
            }
        });
        int total = nByGroup.values().stream().mapToInt(Integer::intValue).sum();
        Map<G, Reason> hidden = new LinkedHashMap<>();
        if (isTooSmall(total)) {
            nByGroup.keySet().forEach(group -> hidden.put(group, Reason.TOTAL_TOO_SMALL));
            return new SuppressedTable<>(total, true, hidden);
        }
        nByGroup.forEach((group, n) -> {
            if (isTooSmall(n)) {
                hidden.put(group, Reason.BELOW_MINIMUM);
            } else if (hiddenInWiderTable.contains(group) && n > 0) {
                hidden.put(group, Reason.HIDDEN_IN_WIDER_TABLE);
            }
        });
        List<Map.Entry<G, Integer>> shownSmallestFirst = new ArrayList<>(nByGroup.entrySet().stream()
            .filter(entry -> !hidden.containsKey(entry.getKey()) && entry.getValue() > 0)
            .sorted(Comparator.comparingInt(Map.Entry::getValue))
            .toList());
        int hiddenTotal = hidden.keySet().stream().mapToInt(nByGroup::get).sum();
        while (!hidden.isEmpty() && (hidden.size() == 1 || hiddenTotal < minimumGroupSize)) {
            if (shownSmallestFirst.isEmpty()) {
                nByGroup.keySet().forEach(group -> hidden.putIfAbsent(group, Reason.TOTAL_TOO_SMALL));
                return new SuppressedTable<>(total, true, hidden);
            }
            Map.Entry<G, Integer> next = shownSmallestFirst.remove(0);
            hidden.put(next.getKey(), Reason.COMPLEMENTARY);
            hiddenTotal += next.getValue();
        }
        return new SuppressedTable<>(total, false, hidden);
    }

    private boolean isTooSmall(int n) {
        return 0 < n && n < minimumGroupSize;
    }
}
