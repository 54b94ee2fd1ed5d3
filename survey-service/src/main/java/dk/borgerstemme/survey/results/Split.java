package dk.borgerstemme.survey.results;

import java.util.List;
import java.util.Optional;

/**
 * What results are split by: one grouping ({@code by=unit}) or a row grouping and a column grouping
 * ({@code by=unit,role}). Only the combinations that codes or the organisation's structure make meaningful are
 * offered, and the combined tables are suppressed together (see {@link WaveTables}).
 */
record Split(Grouping rows, Optional<Grouping> columns) {

    static final List<Split> COMBINED = List.of(
        combined(Grouping.UNIT, Grouping.ROLE), combined(Grouping.AREA, Grouping.ROLE), combined(Grouping.UNIT, Grouping.ANSWERED_HOW));

    static Split single(Grouping grouping) {
        return new Split(grouping, Optional.empty());
    }

    static Split combined(Grouping rows, Grouping columns) {
        return new Split(rows, Optional.of(columns));
    }

    static Optional<Split> fromId(String id) {
        String[] parts = id.split(",", -1);
        if (parts.length == 1) {
            return Grouping.fromId(parts[0].strip()).map(Split::single);
        }
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<Grouping> rows = Grouping.fromId(parts[0].strip());
        Optional<Grouping> columns = Grouping.fromId(parts[1].strip());
        if (rows.isEmpty() || columns.isEmpty()) {
            return Optional.empty();
        }
        Split split = combined(rows.get(), columns.get());
        return COMBINED.contains(split) ? Optional.of(split) : Optional.empty();
    }

    String id() {
        return rows.id() + columns.map(column -> "," + column.id()).orElse("");
    }

    boolean isCombined() {
        return columns.isPresent();
    }

    /** The table name of a combined split, as {@link CrossSuppression} knows it. */
    String table() {
        return id();
    }
}
