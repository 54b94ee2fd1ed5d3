package dk.borgerstemme.complaint.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of a split are not shown, so no complainant can be recognised: a group with 1 to
 * {@code minimumGroupSize - 1} cases; and, because the total is shown, further groups (the smallest
 * shown ones with cases) until at least two are hidden and together hold at least the minimum, so the
 * total minus the shown groups gives nothing away. A group with no cases is shown. The same rule as the
 * survey results (survey-service's Suppression), written here for complaints.
 */
final class GroupSuppression {

    private final int minimumGroupSize;

    GroupSuppression(int minimumGroupSize) {
        this.minimumGroupSize = Math.max(1, minimumGroupSize);
    }

    boolean tooSmall(int cases) {
        return cases > 0 && cases < minimumGroupSize;
    }

    /** The groups to hide, given each group's number of cases in the order shown. */
    <G> Set<G> hidden(Map<G, Integer> casesByGroup) {
        Set<G> hidden = new LinkedHashSet<>();
        casesByGroup.forEach((group, cases) -> {
            if (tooSmall(cases)) {
                hidden.add(group);
            }
        });
        List<Map.Entry<G, Integer>> shownSmallestFirst = new ArrayList<>(casesByGroup.entrySet().stream()
            .filter(entry -> !hidden.contains(entry.getKey()) && entry.getValue() > 0)
            .sorted(Comparator.comparingInt(Map.Entry::getValue))
            .toList());
        int hiddenCases = hidden.stream().mapToInt(casesByGroup::get).sum();
        while (!hidden.isEmpty() && (hidden.size() == 1 || hiddenCases < minimumGroupSize) && !shownSmallestFirst.isEmpty()) {
            Map.Entry<G, Integer> next = shownSmallestFirst.remove(0);
            hidden.add(next.getKey());
            hiddenCases += next.getValue();
        }
        return hidden;
    }
}
