package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which units of a wave a staff member may see figures for: every unit for an administrator or analyst,
 * their own units for a unit leader. Only an administrator fields, closes and prints.
 */
record WaveAccess(Predicate<String> coversUnit, boolean mayManage) {

    static final WaveAccess MANAGER = new WaveAccess(unit -> true, true);

    static WaveAccess of(Staff staff) {
        boolean manager = staff.hasRole(Roles.ADMIN);
        if (manager || staff.hasRole(Roles.ANALYST)) {
            return new WaveAccess(unit -> true, manager);
        }
        Set<String> own = Set.copyOf(staff.units());
        return new WaveAccess(own::contains, false);
    }

    boolean coversAny(Collection<String> units) {
        return units.stream().anyMatch(coversUnit);
    }

    List<String> visible(List<String> units) {
        return units.stream().filter(coversUnit).toList();
    }
}
