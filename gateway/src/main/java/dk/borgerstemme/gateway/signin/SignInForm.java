package dk.borgerstemme.gateway.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Optional;

/** What the sign-in form sends. Every field may be missing: a missing one is a failed sign-in, not an error page. */
@Serdeable
record SignInForm(@Nullable String username, @Nullable String password, @Nullable String returnTo) {

    SignInForm(String username, Optional<String> returnTo) {
        this(username, null, returnTo.orElse(null));
    }
}
