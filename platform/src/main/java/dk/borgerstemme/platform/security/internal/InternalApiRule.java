package dk.borgerstemme.platform.security.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Keeps the internal API and the rest apart, whatever the routes' own annotations say: on an internal
 * address nobody but an authenticated service gets in (no credential: 401; a staff token: 403), and a
 * service's authentication opens nothing outside it. It runs before the organisation scope rule, which
 * is about staff and would otherwise refuse a service for having no organisation.
 */
@Singleton
class InternalApiRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        // Only where a route matched: an address nothing answers stays a 404 (the gateway has no internal routes).
        if (request == null || RouteAttributes.getRouteMatch(request).isEmpty()) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        boolean service = authentication != null && authentication.getRoles().contains(InternalApi.ROLE);
        if (InternalApi.isInternalPath(request.getPath())) {
            return Publishers.just(service ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
        }
        return Publishers.just(service ? SecurityRuleResult.REJECTED : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 200;
    }
}
