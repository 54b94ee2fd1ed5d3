package dk.borgerstemme.platform.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/**
 * Stands in for the gateway's {@code /keys} inside a service under test: the service fetches the
 * JWKS over real HTTP from its own test server, exactly as it fetches the gateway's in production.
 */
@Controller("/test-gateway-keys")
@Requires(property = StaffTokenTestSupport.ENABLED, value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
class TestGatewayKeys {

    @Get
    Map<String, Object> keys() {
        return TestTokens.jwks();
    }
}
