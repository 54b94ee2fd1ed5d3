package dk.borgerstemme.survey.units;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Unit;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;

import java.util.List;

/** Which units' survey figures a staff member may see: all for admins and analysts, own units for a unit leader. */
final class UnitScope {

    private UnitScope() {
    }

    static List<Unit> visibleTo(Staff staff, Organisation organisation) {
        if (!staff.belongsTo(organisation.shortName())) {
            return List.of();
        }
        if (staff.hasRole(Roles.ADMIN) || staff.hasRole(Roles.ANALYST)) {
            return organisation.units();
        }
        if (staff.hasRole(Roles.UNIT_LEADER)) {
            return organisation.units().stream().filter(unit -> staff.units().contains(unit.id())).toList();
        }
        return List.of();
    }
}
