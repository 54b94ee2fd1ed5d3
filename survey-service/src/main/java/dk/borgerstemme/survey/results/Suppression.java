package dk.borgerstemme.survey.results;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of a table must not be shown so no respondent can be recognised. A group with answers
 * but fewer than the organisation's minimum is hidden; and when exactly one group of a total is
 * hidden, the smallest shown group is hidden too, since the hidden one could otherwise be found by
 * subtracting the shown groups from the total. A total below the minimum hides everything.
 */
public final class Suppression {

    private Suppression() {
    }

    public static Set<String> hidden(Map<String, Integer> groupSizes, int minimumGroupSize) {
        int total = groupSizes.values().stream().mapToInt(Integer::intValue).sum();
        if (total < minimumGroupSize) {
            return Set.copyOf(groupSizes.keySet());
        }
        Set<String> hidden = new LinkedHashSet<>();
        groupSizes.forEach((group, size) -> {
            if (size > 0 && size < minimumGroupSize) {
                hidden.add(group);
            }
        });
        if (hidden.size() == 1) {
            groupSizes.entrySet().stream()
                .filter(group -> !hidden.contains(group.getKey()) && group.getValue() > 0)
                .min(Comparator.comparingInt((Map.Entry<String, Integer> group) -> group.getValue()).thenComparing(Map.Entry::getKey))
                .ifPresent(smallest -> hidden.add(smallest.getKey()));
        }
        return Set.copyOf(hidden);
    }
}
