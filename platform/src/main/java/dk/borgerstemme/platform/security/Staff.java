package dk.borgerstemme.platform.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A signed-in staff member as the gateway's token describes them: who, which organisation, which
 * roles, and the units and teams their work is scoped to. Services enforce the scope in every query.
 */
public record Staff(String username, String name, String organisation, Set<String> roles, List<String> units, List<String> teams) {

    public static final String ORGANISATION_CLAIM = "org";
    public static final String NAME_CLAIM = "name";
    public static final String UNITS_CLAIM = "units";
    public static final String TEAMS_CLAIM = "teams";

    public static Staff of(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        return new Staff(
            authentication.getName(),
            text(claims.get(NAME_CLAIM), authentication.getName()),
            text(claims.get(ORGANISATION_CLAIM), ""),
            Set.copyOf(authentication.getRoles()),
            list(claims.get(UNITS_CLAIM)),
            list(claims.get(TEAMS_CLAIM)));
    }

    public boolean belongsTo(String organisationShortName) {
        return organisation.equals(organisationShortName);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private static List<String> list(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
