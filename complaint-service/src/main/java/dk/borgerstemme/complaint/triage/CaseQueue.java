package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.deadline.DueState;
import dk.borgerstemme.complaint.handling.CaseClocks;
import dk.borgerstemme.complaint.handling.CaseScope;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cases waiting for a staff member, most urgent first: the scope and the filters are in the SQL, so
 * nothing outside the scope is read; the clocks' states (which need the working-day calendar) are
 * worked out here, and the rows sorted by the nearest running due date. Read-only, so plain connections.
 */
@Singleton
class CaseQueue {

    /** More than a team has open at once; the queue is a work list, not an archive. */
    static final int MOST_ROWS = 1000;

    private final DataSource dataSource;

    CaseQueue(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A case of the queue with its tracks and how its clocks stand. */
    record Entry(ComplaintCase complaint, Set<Track> tracks, Optional<CaseClocks.Clock> nearest, Optional<DueState> urgency) {
    }

    List<Entry> entries(Organisation organisation, CaseScope scope, QueueFilter filter, LocalDate today) {
        StringBuilder sql = new StringBuilder("""
            SELECT c.id, c.organisation, c.reference, c.kind, c.status, c.channel, c.received_at, c.decision_date, c.unit_id,
                   c.area_id, c.team_id, c.assignee, c.category, c.safety_concern
            FROM complaint_case c
            WHERE c.organisation = ?""");
        List<Object> parameters = new ArrayList<>();
        parameters.add(organisation.shortName());
        if (!scope.wholeOrganisation()) {
            sql.append(" AND (c.team_id IN (").append(marks(scope.teamList().size())).append(") OR c.unit_id IN (")
                .append(marks(scope.unitList().size())).append("))");
            parameters.addAll(scope.teamList());
            parameters.addAll(scope.unitList());
        }
        Optional<Status> status = filter.exactStatus();
        if (status.isPresent()) {
            sql.append(" AND c.status = ?");
            parameters.add(status.get().name());
        } else if (!QueueFilter.ALL.equals(filter.statusChoice())) {
            List<String> open = Arrays.stream(Status.values()).filter(Status::isOpen).map(Status::name).toList();
            sql.append(" AND c.status IN (").append(marks(open.size())).append(")");
            parameters.addAll(open);
        }
        equalTo(sql, parameters, "c.team_id", filter.team());
        equalTo(sql, parameters, "c.unit_id", filter.unit());
        equalTo(sql, parameters, "c.category", filter.category());
        filter.exactTrack().ifPresent(track -> {
            sql.append(" AND EXISTS (SELECT 1 FROM complaint_track t WHERE t.case_id = c.id AND t.track = ?)");
            parameters.add(track.name());
        });
        sql.append(" ORDER BY c.received_at LIMIT ").append(MOST_ROWS);

        try (Connection connection = dataSource.getConnection()) {
            List<ComplaintCase> cases = query(connection, sql.toString(), parameters, CaseQueue::caseOf);
            if (cases.isEmpty()) {
                return List.of();
            }
            List<Object> ids = cases.stream().map(complaint -> (Object) complaint.getId()).toList();
            Map<Long, Set<Track>> tracks = new HashMap<>();
            query(connection, "SELECT case_id, track FROM complaint_track WHERE case_id IN (" + marks(ids.size()) + ")", ids,
                row -> tracks.computeIfAbsent(row.getLong(1), id -> EnumSet.noneOf(Track.class)).add(Track.valueOf(row.getString(2))));
            Map<Long, List<CaseDeadline>> deadlines = query(connection,
                "SELECT id, case_id, kind, due_on, original_due_on, met_at, extension_reason FROM complaint_deadline WHERE case_id IN ("
                    + marks(ids.size()) + ")", ids, CaseQueue::deadlineOf)
                .stream().collect(Collectors.groupingBy(CaseDeadline::caseId));
            return cases.stream()
                .map(complaint -> {
                    Set<Track> caseTracks = tracks.getOrDefault(complaint.getId(), EnumSet.noneOf(Track.class));
                    CaseClocks clocks = new CaseClocks(organisation, complaint, caseTracks, deadlines.getOrDefault(complaint.getId(), List.of()));
                    return new Entry(complaint, caseTracks, clocks.nearestOpen(today), clocks.mostUrgent(today));
                })
                .filter(entry -> filter.dueState().isEmpty() || entry.urgency().equals(filter.dueState()))
                .sorted(Comparator.comparing((Entry entry) -> entry.nearest().map(CaseClocks.Clock::due).orElse(LocalDate.MAX))
                    .thenComparing(entry -> entry.complaint().getReceivedAt()))
                .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the queue of " + organisation.shortName(), e);
        }
    }

    private static void equalTo(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static ComplaintCase caseOf(ResultSet row) throws SQLException {
        ComplaintCase complaint = new ComplaintCase();
        complaint.setId(row.getLong("id"));
        complaint.setOrganisation(row.getString("organisation"));
        complaint.setReference(row.getString("reference"));
        complaint.setKind(Kind.valueOf(row.getString("kind")));
        complaint.setStatus(Status.valueOf(row.getString("status")));
        complaint.setChannel(Channel.valueOf(row.getString("channel")));
        LocalDateTime receivedAt = row.getTimestamp("received_at").toLocalDateTime();
        complaint.setReceivedAt(receivedAt);
        complaint.setReceivedOn(receivedAt.toLocalDate());
        Date decisionDate = row.getDate("decision_date");
        complaint.setDecisionDate(decisionDate == null ? null : decisionDate.toLocalDate());
        complaint.setUnitId(row.getString("unit_id"));
        complaint.setAreaId(row.getString("area_id"));
        complaint.setTeamId(row.getString("team_id"));
        complaint.setAssignee(row.getString("assignee"));
        complaint.setCategory(row.getString("category"));
        complaint.setSafetyConcern(row.getBoolean("safety_concern"));
        return complaint;
    }

    private static CaseDeadline deadlineOf(ResultSet row) throws SQLException {
        Timestamp met = row.getTimestamp("met_at");
        return new CaseDeadline(row.getLong("id"), row.getLong("case_id"), DeadlineKind.valueOf(row.getString("kind")),
            row.getDate("due_on").toLocalDate(), row.getDate("original_due_on").toLocalDate(),
            met == null ? null : met.toLocalDateTime(), row.getString("extension_reason"));
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(Connection connection, String sql, List<Object> parameters, RowReader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        }
    }
}
