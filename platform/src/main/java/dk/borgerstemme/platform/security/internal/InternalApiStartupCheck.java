package dk.borgerstemme.platform.security.internal;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;

/** A service that serves the internal API does not start without a secret to check callers against. */
@Context
@Requires(property = InternalApi.SERVER_ENABLED, value = "true")
class InternalApiStartupCheck {

    InternalApiStartupCheck(InternalSecrets secrets) {
        secrets.requireConfigured();
    }
}
