package dk.borgerstemme.gateway.signin;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a username and password against the configured staff users. */
@Singleton
class ConfiguredStaffAuthentication<B> implements HttpRequestAuthenticationProvider<B> {

    /** Checked when the username is unknown, so a wrong name takes as long as a wrong password. */
    private static final byte[] DECOY_HASH = BCrypt.withDefaults().hash(12, "decoy".toCharArray());

    private final List<ConfiguredStaffUser> users;

    ConfiguredStaffAuthentication(List<ConfiguredStaffUser> users) {
        this.users = users;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity() == null ? "" : credentials.getIdentity().trim();
        char[] password = credentials.getSecret() == null ? new char[0] : credentials.getSecret().toCharArray();
        Optional<ConfiguredStaffUser> user = users.stream().filter(candidate -> candidate.getUsername().equals(username)).findFirst();
        byte[] hash = user.map(found -> found.getPasswordHash().getBytes(StandardCharsets.UTF_8)).orElse(DECOY_HASH);
        boolean verified = BCrypt.verifyer().verify(password, hash).verified;
        if (user.isEmpty() || !verified) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        ConfiguredStaffUser staff = user.get();
        return AuthenticationResponse.success(staff.getUsername(), staff.getRoles(), Map.of(
            Staff.NAME_CLAIM, staff.getName(),
            Staff.ORGANISATION_CLAIM, staff.getOrganisation(),
            Staff.UNITS_CLAIM, staff.getUnits(),
            Staff.TEAMS_CLAIM, staff.getTeams()));
    }
}
