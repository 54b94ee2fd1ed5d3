package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whose answers a staff member's results are computed from: every unit for an analyst, their own units for a
 * unit leader, and with {@code ?unit=} just that one unit. Answers outside the scope are left out before
 * anything is counted, so they are in no group and no total either.
 */
record ResultScope(Predicate<String> coversUnit, boolean wholeOrganisation) {

    static final ResultScope WHOLE_ORGANISATION = new ResultScope(unit -> true, true);

    /** Empty when the staff member may not see the unit asked for. */
    static Optional<ResultScope> of(Staff staff, Optional<String> unitAskedFor) {
        boolean analyst = staff.hasRole(Roles.ANALYST);
        Predicate<String> mayRead = analyst ? unit -> true : new Units(Set.copyOf(staff.units()));
        if (unitAskedFor.isPresent()) {
            String unit = unitAskedFor.get();
            return mayRead.test(unit) ? Optional.of(new ResultScope(new Units(Set.of(unit)), false)) : Optional.empty();
        }
        return Optional.of(analyst ? WHOLE_ORGANISATION : new ResultScope(mayRead, false));
    }

    /** Equal for scopes that cover the same units, so computed results can be kept per scope; empty when that cannot be told. */
    Optional<Object> cacheKey() {
        if (this == WHOLE_ORGANISATION) {
            return Optional.of("whole organisation");
        }
        return coversUnit instanceof Units units && !wholeOrganisation ? Optional.of(units) : Optional.empty();
    }

    /** A set of units as a predicate with value equality. */
    private record Units(Set<String> units) implements Predicate<String> {

        @Override
        public boolean test(String unit) {
            return units.contains(unit);
        }
    }

    List<String> units(List<String> units) {
        return units.stream().filter(coversUnit).toList();
    }

    List<IssuedCodes> codes(List<IssuedCodes> codes) {
        return codes.stream().filter(batch -> coversUnit.test(batch.unit())).toList();
    }
}
