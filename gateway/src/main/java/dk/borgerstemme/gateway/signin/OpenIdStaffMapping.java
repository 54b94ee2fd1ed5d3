package dk.borgerstemme.gateway.signin;

import dk.borgerstemme.platform.security.Staff;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an organisation's OpenID Connect ID token into a Borgerstemme staff member. The provider's
 * claim names are configurable, since every identity provider names groups differently; roles
 * outside Borgerstemme's four are dropped, and a token without an organisation or a role signs nobody in.
 */
@Singleton
@Named("oidc")
@Requires(property = "borgerstemme.oidc.enabled", value = "true")
class OpenIdStaffMapping implements OpenIdAuthenticationMapper {

    private static final Set<String> ROLES = Set.of("ADMIN", "ANALYST", "UNIT_LEADER", "CASEWORKER");

    private final String organisationClaim;
    private final String rolesClaim;
    private final String unitsClaim;
    private final String teamsClaim;

    OpenIdStaffMapping(@Value("${borgerstemme.oidc.claims.organisation:org}") String organisationClaim,
                       @Value("${borgerstemme.oidc.claims.roles:roles}") String rolesClaim,
                       @Value("${borgerstemme.oidc.claims.units:units}") String unitsClaim,
                       @Value("${borgerstemme.oidc.claims.teams:teams}") String teamsClaim) {
        this.organisationClaim = organisationClaim;
        this.rolesClaim = rolesClaim;
        this.unitsClaim = unitsClaim;
        this.teamsClaim = teamsClaim;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                          OpenIdClaims openIdClaims, @Nullable State state) {
        return Publishers.just(map(openIdClaims.getClaims()));
    }

    AuthenticationResponse map(Map<String, Object> claims) {
        Object subject = claims.get("sub");
        Object organisation = claims.get(organisationClaim);
        List<String> roles = strings(claims.get(rolesClaim)).stream().filter(ROLES::contains).toList();
        if (subject == null || organisation == null || roles.isEmpty()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        Object name = claims.getOrDefault("name", subject);
        return AuthenticationResponse.success(subject.toString(), roles, Map.of(
            Staff.NAME_CLAIM, name.toString(),
            Staff.ORGANISATION_CLAIM, organisation.toString(),
            Staff.UNITS_CLAIM, strings(claims.get(unitsClaim)),
            Staff.TEAMS_CLAIM, strings(claims.get(teamsClaim))));
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString().split("[,\\s]+"));
    }
}
