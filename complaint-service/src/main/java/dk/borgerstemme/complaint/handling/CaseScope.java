package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cases a staff member may read and act on: every case of the organisation for an administrator,
 * the cases routed to their own teams for a caseworker, the cases about their own units for a unit
 * leader (a person with several roles gets the union). The queries put this into their WHERE clause,
 * so a case outside the scope is never read at all.
 */
public record CaseScope(String organisation, boolean wholeOrganisation, Set<String> teams, Set<String> units) {

    /** Stands in for an empty id list, since {@code IN ()} is not SQL; no team or unit has an empty id. */
    private static final List<String> NONE = List.of("");

    public CaseScope {
        teams = Set.copyOf(teams);
        units = Set.copyOf(units);
    }

    /** Empty when the staff member belongs to another organisation or has no role that handles complaints. */
    public static Optional<CaseScope> of(Staff staff, String organisation) {
        if (!staff.belongsTo(organisation)) {
            return Optional.empty();
        }
        if (staff.hasRole(Roles.ADMIN)) {
            return Optional.of(new CaseScope(organisation, true, Set.of(), Set.of()));
        }
        boolean caseworker = staff.hasRole(Roles.CASEWORKER);
        boolean unitLeader = staff.hasRole(Roles.UNIT_LEADER);
        if (!caseworker && !unitLeader) {
            return Optional.empty();
        }
        return Optional.of(new CaseScope(organisation, false,
            caseworker ? Set.copyOf(staff.teams()) : Set.of(),
            unitLeader ? Set.copyOf(staff.units()) : Set.of()));
    }

    public boolean covers(ComplaintCase complaint) {
        return complaint.getOrganisation().equals(organisation)
            && (wholeOrganisation || teams.contains(complaint.getTeamId())
                || (complaint.getUnitId() != null && units.contains(complaint.getUnitId())));
    }

    /**
     * True when the staff member sees the case only as the leader of the unit it is about, not as its
     * team or as an administrator: the citizen may have asked that their name is hidden from them.
     */
    public boolean onlyAsUnitLeader(ComplaintCase complaint) {
        return !wholeOrganisation && !teams.contains(complaint.getTeamId());
    }

    /** The team ids for an {@code IN (...)} list; never empty. */
    public List<String> teamList() {
        return teams.isEmpty() ? NONE : List.copyOf(teams);
    }

    /** The unit ids for an {@code IN (...)} list; never empty. */
    public List<String> unitList() {
        return units.isEmpty() ? NONE : List.copyOf(units);
    }
}
