package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.platform.catalogue.Area;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Unit;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;

import java.util.List;
import java.util.Optional;

/**
 * Whose figures a staff member may read in the portal: an analyst the whole organisation, a unit leader
 * their own units. The services enforce the same scope again on every call; the portal checks first so
 * a page never even asks for another unit's figures.
 */
public record InsightScope(boolean wholeOrganisation, List<String> units) {

    public static Optional<InsightScope> of(Staff staff) {
        if (staff.hasRole(Roles.ANALYST)) {
            return Optional.of(new InsightScope(true, List.of()));
        }
        if (staff.hasRole(Roles.UNIT_LEADER)) {
            return Optional.of(new InsightScope(false, List.copyOf(staff.units())));
        }
        return Optional.empty();
    }

    public boolean mayRead(String unit) {
        return wholeOrganisation || units.contains(unit);
    }

    public List<Unit> unitsOf(Organisation organisation) {
        return organisation.units().stream().filter(unit -> mayRead(unit.id())).toList();
    }

    public List<Area> areasOf(Organisation organisation) {
        return organisation.areas().stream()
            .filter(area -> area.units().stream().anyMatch(unit -> mayRead(unit.id())))
            .toList();
    }
}
