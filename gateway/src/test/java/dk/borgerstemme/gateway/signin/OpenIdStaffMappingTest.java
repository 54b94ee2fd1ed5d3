package dk.borgerstemme.gateway.signin;

import io.micronaut.security.authentication.AuthenticationResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenIdStaffMappingTest {

    private final OpenIdStaffMapping mapping = new OpenIdStaffMapping("borgerstemme_org", "groups", "borgerstemme_units", "borgerstemme_teams");

    @Test
    void aProvidersClaimsBecomeTheStaffMembersOrganisationRolesAndScope() {
        AuthenticationResponse response = mapping.map(Map.of(
            "sub", "k1234", "name", "Karen Holm", "borgerstemme_org", "slagelse",
            "groups", List.of("UNIT_LEADER", "domain-users"), "borgerstemme_units", "botilbuddet-solvang, bostedet-skovly"));

        assertThat(response.isAuthenticated()).isTrue();
        var authentication = response.getAuthentication().orElseThrow();
        assertThat(authentication.getName()).isEqualTo("k1234");
        assertThat(authentication.getRoles()).containsExactly("UNIT_LEADER");
        assertThat(authentication.getAttributes())
            .containsEntry("org", "slagelse")
            .containsEntry("name", "Karen Holm")
            .containsEntry("units", List.of("botilbuddet-solvang", "bostedet-skovly"))
            .containsEntry("teams", List.of());
    }

    @Test
    void aTokenWithoutAnOrganisationOrABorgerstemmeRoleSignsNobodyIn() {
        assertThat(mapping.map(Map.of("sub", "k1", "groups", List.of("ADMIN"))).isAuthenticated()).isFalse();
        assertThat(mapping.map(Map.of("sub", "k1", "borgerstemme_org", "slagelse", "groups", List.of("domain-admins"))).isAuthenticated()).isFalse();
    }
}
