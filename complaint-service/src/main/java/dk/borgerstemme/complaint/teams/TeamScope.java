package dk.borgerstemme.complaint.teams;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Team;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;

import java.util.List;

/**
 * Which complaint teams a staff member sees: all for an administrator, their own for a caseworker,
 * and those that handle their units for a unit leader.
 */
final class TeamScope {

    private TeamScope() {
    }

    static List<Team> visibleTo(Staff staff, Organisation organisation) {
        if (!staff.belongsTo(organisation.shortName())) {
            return List.of();
        }
        if (staff.hasRole(Roles.ADMIN)) {
            return organisation.teams();
        }
        return organisation.teams().stream()
            .filter(team -> (staff.hasRole(Roles.CASEWORKER) && staff.teams().contains(team.id()))
                || (staff.hasRole(Roles.UNIT_LEADER) && team.units().stream().anyMatch(staff.units()::contains)))
            .toList();
    }
}
