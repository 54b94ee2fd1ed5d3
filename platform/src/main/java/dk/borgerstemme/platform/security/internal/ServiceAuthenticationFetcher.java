package dk.borgerstemme.platform.security.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.Map;

/**
 * Recognises a calling service on the internal API from its bearer credential. Only internal addresses
 * are looked at, so the credential can never stand in for a staff member anywhere else.
 */
@Singleton
@Requires(property = InternalApi.SERVER_ENABLED, value = "true")
class ServiceAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String SERVICE_ATTRIBUTE = "service";
    private static final String BEARER = "Bearer ";

    private final InternalSecrets secrets;

    ServiceAuthenticationFetcher(InternalSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!InternalApi.isInternalPath(request.getPath())) {
            return Publishers.empty();
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Publishers.empty();
        }
        return secrets.callerOf(authorization.substring(BEARER.length()).strip())
            .<Publisher<Authentication>>map(caller -> Publishers.just(
                Authentication.build(caller, List.of(InternalApi.ROLE), Map.of(SERVICE_ATTRIBUTE, true))))
            .orElseGet(Publishers::empty);
    }

    @Override
    public int getOrder() {
        // Before the token fetchers: on an internal address a service's credential is the one that counts.
        return HIGHEST_PRECEDENCE + 100;
    }
}
