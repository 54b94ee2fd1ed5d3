package dk.borgerstemme.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriMatchInfo;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Arrays;
import java.util.Optional;

/**
 * A staff member works in one organisation. On any staff route whose address names an organisation
 * ({@code {org}}), a token of another organisation is refused before the route's own role check.
 * Public citizen routes are left alone: a signed-in employee may still open another organisation's
 * survey or complaint form like anyone else.
 */
@Singleton
class OrganisationScopeRule implements SecurityRule<HttpRequest<?>> {

    static final String ORGANISATION_VARIABLE = "org";

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || authentication == null) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (route.isEmpty() || allowsAnonymous(route.get())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        Object organisation = route.get() instanceof UriMatchInfo uri ? uri.getVariableValues().get(ORGANISATION_VARIABLE) : null;
        if (organisation == null || Staff.of(authentication).belongsTo(organisation.toString())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        return Publishers.just(SecurityRuleResult.REJECTED);
    }

    private static boolean allowsAnonymous(RouteMatch<?> route) {
        if (!(route instanceof MethodBasedRouteMatch<?, ?> method)) {
            return false;
        }
        return Arrays.asList(method.stringValues(Secured.class)).contains(SecurityRule.IS_ANONYMOUS);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
