package dk.borgerstemme.survey.results;

import java.util.List;

/**
 * The results of one measurement point: a cell per group, in the order of the groups, and the total. In a
 * combined split the groups are the inner cells ({@code row/column}), and {@code rows} and {@code columns} hold the
 * margins, which are the cells of the two single splits; in a single split both are empty.
 */
public record PointResult(String point, List<GroupResult> groups, List<GroupResult> rows, List<GroupResult> columns, GroupResult total) {

    public static final String TOTAL = "total";

    public PointResult {
        groups = List.copyOf(groups);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    public PointResult(String point, List<GroupResult> groups, GroupResult total) {
        this(point, groups, List.of(), List.of(), total);
    }
}
