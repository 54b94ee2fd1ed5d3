package dk.borgerstemme.survey.results;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The results of one measurement point: a cell per group, in the order of the groups, and the total. */
public record PointResult(String point, List<GroupResult> groups, GroupResult total) {

    public static final String TOTAL = "total";

    public PointResult {
        groups = List.copyOf(groups);
    }

    PointResult hiddenEntirely(Suppression.Reason reason) {
        return new PointResult(point, groups.stream().map(cell -> GroupResult.hidden(cell.group(), reason)).toList(),
            GroupResult.hidden(TOTAL, reason));
    }

    Set<String> hiddenGroups() {
        return groups.stream().filter(GroupResult::suppressed).map(GroupResult::group).collect(Collectors.toSet());
    }
}
