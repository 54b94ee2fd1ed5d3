package dk.borgerstemme.gateway.signin;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a person may be sent back after signing in: only an address on this site, so the sign-in
 * page can never be used to send someone to another site.
 */
final class ReturnAddress {

    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[A-Za-z0-9\\-._~/%?=&]*$");

    private ReturnAddress() {
    }

    static Optional<String> sanitise(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.startsWith("/login")) {
            return Optional.empty();
        }
        return LOCAL_PATH.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
