package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.deadline.DeadlineRules;
import dk.borgerstemme.complaint.deadline.DueState;
import dk.borgerstemme.complaint.handling.CaseClocks;
import dk.borgerstemme.complaint.handling.CaseScope;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff start page's counts (the portal's contract, section 2): the open cases in the staff member's
 * scope — the same {@link CaseScope} as the queue — and how their clocks stand by {@link DeadlineRules#dueState}.
 * A case is overdue when a running clock is, due soon when none is overdue and one is due soon.
 */
@Singleton
class Workload {

    private final JdbcOperations jdbc;

    Workload(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Serdeable
    record Counts(String scope, int open, int unacknowledged, int overdue, int dueSoon, int dueSoonWorkingDays, int safetyConcernsOpen) {
    }

    /** Which cases were counted: the widest role wins (ADMIN, then UNIT_LEADER, then CASEWORKER). */
    static String scopeName(Staff staff) {
        if (staff.hasRole(Roles.ADMIN)) {
            return "organisation";
        }
        return staff.hasRole(Roles.UNIT_LEADER) ? "units" : "team";
    }

    @Transactional(readOnly = true)
    Counts count(Organisation organisation, CaseScope scope, Staff staff, LocalDate today) {
        Map<Long, OpenCase> open = openCases(organisation.shortName(), scope);
        if (!open.isEmpty()) {
            String ids = open.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            readTracks(ids, open);
            readClocks(ids, open);
        }
        int unacknowledged = 0;
        int overdue = 0;
        int dueSoon = 0;
        int safety = 0;
        for (OpenCase row : open.values()) {
            if (row.complaint.getStatus() == Status.RECEIVED) {
                unacknowledged++;
            }
            if (row.tracks.contains(Track.SAFETY_CONCERN)) {
                safety++;
            }
            Optional<DueState> urgency = new CaseClocks(organisation, row.complaint, row.tracks, row.clocks).mostUrgent(today);
            if (urgency.filter(DueState.OVERDUE::equals).isPresent()) {
                overdue++;
            } else if (urgency.filter(DueState.DUE_SOON::equals).isPresent()) {
                dueSoon++;
            }
        }
        return new Counts(scopeName(staff), open.size(), unacknowledged, overdue, dueSoon, DeadlineRules.DUE_SOON_WORKING_DAYS, safety);
    }

    private Map<Long, OpenCase> openCases(String organisation, CaseScope scope) {
        List<String> statuses = Arrays.stream(Status.values()).filter(Status::isOpen).map(Status::name).toList();
        StringBuilder sql = new StringBuilder("SELECT id, organisation, reference, status, channel, received_at, decision_date FROM complaint_case"
            + " WHERE organisation = ? AND status IN (" + marks(statuses.size()) + ")");
        List<Object> parameters = new ArrayList<>();
        parameters.add(organisation);
        parameters.addAll(statuses);
        if (!scope.wholeOrganisation()) {
            sql.append(" AND (team_id IN (").append(marks(scope.teamList().size())).append(") OR unit_id IN (")
                .append(marks(scope.unitList().size())).append("))");
            parameters.addAll(scope.teamList());
            parameters.addAll(scope.unitList());
        }
        return jdbc.prepareStatement(sql.toString(), (PreparedStatement statement) -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            Map<Long, OpenCase> found = new LinkedHashMap<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ComplaintCase complaint = new ComplaintCase();
                    complaint.setId(result.getLong("id"));
                    complaint.setOrganisation(result.getString("organisation"));
                    complaint.setReference(result.getString("reference"));
                    complaint.setStatus(Status.valueOf(result.getString("status")));
                    complaint.setChannel(Channel.valueOf(result.getString("channel")));
                    LocalDateTime receivedAt = result.getTimestamp("received_at").toLocalDateTime();
                    complaint.setReceivedAt(receivedAt);
                    complaint.setReceivedOn(receivedAt.toLocalDate());
                    Date decision = result.getDate("decision_date");
                    complaint.setDecisionDate(decision == null ? null : decision.toLocalDate());
                    found.put(complaint.getId(), new OpenCase(complaint));
                }
            }
            return found;
        });
    }

    private void readTracks(String ids, Map<Long, OpenCase> open) {
        jdbc.prepareStatement("SELECT case_id, track FROM complaint_track WHERE case_id IN (" + ids + ")", (PreparedStatement statement) -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    open.get(result.getLong(1)).tracks.add(Track.valueOf(result.getString(2)));
                }
            }
            return null;
        });
    }

    private void readClocks(String ids, Map<Long, OpenCase> open) {
        jdbc.prepareStatement("SELECT id, case_id, kind, due_on, original_due_on, met_at, extension_reason FROM complaint_deadline WHERE case_id IN ("
            + ids + ")", (PreparedStatement statement) -> {
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Timestamp met = result.getTimestamp("met_at");
                        open.get(result.getLong("case_id")).clocks.add(new CaseDeadline(result.getLong("id"), result.getLong("case_id"),
                            DeadlineKind.valueOf(result.getString("kind")), result.getDate("due_on").toLocalDate(),
                            result.getDate("original_due_on").toLocalDate(), met == null ? null : met.toLocalDateTime(),
                            result.getString("extension_reason")));
                    }
                }
                return null;
            });
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static final class OpenCase {
        final ComplaintCase complaint;
        final Set<Track> tracks = EnumSet.noneOf(Track.class);
        final List<CaseDeadline> clocks = new ArrayList<>();

        OpenCase(ComplaintCase complaint) {
            this.complaint = complaint;
        }
    }
}
