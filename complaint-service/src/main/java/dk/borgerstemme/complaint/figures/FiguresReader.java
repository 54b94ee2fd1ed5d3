package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.casefile.AnkestyrelsenDecision;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import dk.borgerstemme.complaint.casefile.Track;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the cases a figures report needs, in the asker's scope: those received from the start of the
 * previous period to the end of this one, and those closed or decided by Ankestyrelsen in this one. A
 * unit leader's scope (their unit ids) is part of the query; {@code units} null means the whole organisation.
 */
@Singleton
class FiguresReader {

    private final JdbcOperations jdbc;

    FiguresReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The state of every organisation's cases, as {@link KeptFigures} keys reports by: the newest case, audit entry and action. */
    record Stamp(long lastCase, long lastEvent, long lastAction) {
    }

    @Transactional(readOnly = true)
    Stamp stamp() {
        return jdbc.prepareStatement("""
                SELECT (SELECT COALESCE(MAX(id), 0) FROM complaint_case),
                       (SELECT COALESCE(MAX(id), 0) FROM complaint_event),
                       (SELECT COALESCE(MAX(id), 0) FROM complaint_action)""", (PreparedStatement statement) -> {
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new Stamp(result.getLong(1), result.getLong(2), result.getLong(3));
            }
        });
    }

    @Transactional(readOnly = true)
    List<FigureCase> cases(String organisation, List<String> units, FiguresPeriod period) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        CaseCondition condition = new CaseCondition(organisation, units, period);
        Map<Long, Row> rows = jdbc.prepareStatement("""
                SELECT c.id, c.kind, c.unit_id, c.category, c.received_on, c.closed_at, c.status, c.outcome, c.root_cause,
                       c.learning, c.reopen_count, c.reconsideration_result, c.reconsidered_on, c.forwarded_on,
                       c.ankestyrelsen_decision, c.ankestyrelsen_decided_on
                FROM complaint_case c
                WHERE\s""" + condition.sql(),
            (PreparedStatement statement) -> {
                condition.bind(statement);
                Map<Long, Row> found = new LinkedHashMap<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Row row = new Row(result);
                        found.put(row.id, row);
                    }
                }
                return found;
            });
        if (rows.isEmpty()) {
            return List.of();
        }
        // The cases' tracks, clocks and actions are read by the same condition (in the same read-only transaction),
        // not by a list of tens of thousands of ids.
        readTracks(condition, rows);
        readClocks(condition, rows);
        readActions(condition, rows);
        return rows.values().stream().map(Row::toCase).toList();
    }

    /** Which cases a report reads: received from the start of the previous period to the end of this one, or closed or decided in this one. */
    private record CaseCondition(String organisation, List<String> units, FiguresPeriod period) {

        String sql() {
            String unitCondition = units == null ? "" : " AND c.unit_id IN (" + units.stream().map(unit -> "?").collect(Collectors.joining(",")) + ")";
            return """
                c.organisation = ? AND c.status <> 'MERGED'
                  AND (c.received_on BETWEEN ? AND ? OR c.closed_at BETWEEN ? AND ? OR c.ankestyrelsen_decided_on BETWEEN ? AND ?)""" + unitCondition;
        }

        void bind(PreparedStatement statement) throws SQLException {
            int i = 1;
            statement.setString(i++, organisation);
            statement.setDate(i++, Date.valueOf(period.previous().start()));
            statement.setDate(i++, Date.valueOf(period.end()));
            statement.setTimestamp(i++, Timestamp.valueOf(period.start().atStartOfDay()));
            statement.setTimestamp(i++, Timestamp.valueOf(period.end().plusDays(1).atStartOfDay().minusNanos(1_000_000)));
            statement.setDate(i++, Date.valueOf(period.start()));
            statement.setDate(i++, Date.valueOf(period.end()));
            if (units != null) {
                for (String unit : units) {
                    statement.setString(i++, unit);
                }
            }
        }
    }

    private interface CaseRow {
        void read(Row row, ResultSet result) throws SQLException;
    }

    /** {@code selectFrom} names the table as {@code t}; its first column is the case id. */
    private void readEach(String selectFrom, String orderBy, CaseCondition condition, Map<Long, Row> rows, CaseRow reader) {
        jdbc.prepareStatement(selectFrom + " JOIN complaint_case c ON c.id = t.case_id WHERE " + condition.sql() + orderBy,
            (PreparedStatement statement) -> {
                condition.bind(statement);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Row row = rows.get(result.getLong(1));
                        if (row != null) {
                            reader.read(row, result);
                        }
                    }
                }
                return null;
            });
    }

    private void readTracks(CaseCondition condition, Map<Long, Row> rows) {
        readEach("SELECT t.case_id, t.track FROM complaint_track t", "", condition, rows,
            (row, result) -> row.tracks.add(Track.valueOf(result.getString(2))));
    }

    private void readClocks(CaseCondition condition, Map<Long, Row> rows) {
        readEach("SELECT t.case_id, t.kind, t.due_on, t.met_at FROM complaint_deadline t", "", condition, rows, (row, result) -> {
            Timestamp met = result.getTimestamp(4);
            row.clocks.put(DeadlineKind.valueOf(result.getString(2)),
                new FigureCase.Clock(result.getDate(3).toLocalDate(), met == null ? null : met.toLocalDateTime().toLocalDate()));
        });
    }

    private void readActions(CaseCondition condition, Map<Long, Row> rows) {
        readEach("SELECT t.case_id, t.description, t.unit_id, t.due_on, t.done_on FROM complaint_action t", " ORDER BY t.id", condition, rows,
            (row, result) -> {
                Date done = result.getDate(5);
                row.actions.add(new FigureCase.Action(result.getString(2), result.getString(3),
                    result.getDate(4).toLocalDate(), done == null ? null : done.toLocalDate()));
            });
    }

    private static final class Row {
        final long id;
        final Kind kind;
        final String unitId;
        final String category;
        final LocalDate receivedOn;
        final LocalDate closedOn;
        final Outcome outcome;
        final String rootCause;
        final String learning;
        final int reopenCount;
        final ReconsiderationResult reconsiderationResult;
        final LocalDate reconsideredOn;
        final LocalDate forwardedOn;
        final AnkestyrelsenDecision ankestyrelsenDecision;
        final LocalDate ankestyrelsenDecidedOn;
        final EnumSet<Track> tracks = EnumSet.noneOf(Track.class);
        final Map<DeadlineKind, FigureCase.Clock> clocks = new HashMap<>();
        final List<FigureCase.Action> actions = new ArrayList<>();

        Row(ResultSet result) throws SQLException {
            id = result.getLong("id");
            kind = Kind.valueOf(result.getString("kind"));
            unitId = result.getString("unit_id");
            category = result.getString("category");
            receivedOn = result.getDate("received_on").toLocalDate();
            Timestamp closed = result.getTimestamp("closed_at");
            closedOn = closed != null && "CLOSED".equals(result.getString("status")) ? closed.toLocalDateTime().toLocalDate() : null;
            outcome = optional(result.getString("outcome")).map(Outcome::valueOf).orElse(null);
            rootCause = result.getString("root_cause");
            learning = result.getString("learning");
            reopenCount = result.getInt("reopen_count");
            reconsiderationResult = optional(result.getString("reconsideration_result")).map(ReconsiderationResult::valueOf).orElse(null);
            reconsideredOn = date(result, "reconsidered_on");
            forwardedOn = date(result, "forwarded_on");
            ankestyrelsenDecision = optional(result.getString("ankestyrelsen_decision")).map(AnkestyrelsenDecision::valueOf).orElse(null);
            ankestyrelsenDecidedOn = date(result, "ankestyrelsen_decided_on");
        }

        FigureCase toCase() {
            // The clock that says when the citizen was answered: the answer deadline, else access to
            // records, else (a decision complaint only) the reconsideration.
            FigureCase.Clock answer = clocks.getOrDefault(DeadlineKind.ANSWER,
                clocks.getOrDefault(DeadlineKind.ACCESS_TO_RECORDS, clocks.get(DeadlineKind.RECONSIDERATION)));
            return new FigureCase(id, kind, unitId, category, tracks, receivedOn, closedOn, outcome, rootCause, learning, reopenCount,
                reconsiderationResult, reconsideredOn, forwardedOn, ankestyrelsenDecision, ankestyrelsenDecidedOn,
                clocks.get(DeadlineKind.ACKNOWLEDGEMENT), answer, clocks.get(DeadlineKind.RECONSIDERATION), List.copyOf(actions));
        }

        private static Optional<String> optional(String value) {
            return Optional.ofNullable(value);
        }

        private static LocalDate date(ResultSet result, String column) throws SQLException {
            Date value = result.getDate(column);
            return value == null ? null : value.toLocalDate();
        }
    }
}
