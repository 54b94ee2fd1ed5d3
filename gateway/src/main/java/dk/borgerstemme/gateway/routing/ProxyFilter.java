package dk.borgerstemme.gateway.routing;

import dk.borgerstemme.platform.security.Requests;
import dk.borgerstemme.platform.web.ErrorPages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import java.util.List;
import java.util.Optional;

/**
 * Passes a request for a service's address on to that service, streaming the body both ways, and
 * shows the "temporarily unavailable" page when the service does not answer. It runs before the
 * gateway's own security: each service checks the token and the CSRF token itself.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class ProxyFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyFilter.class);

    private final ProxyHttpClient client;
    private final List<Backend> backends;

    ProxyFilter(ProxyHttpClient client, List<Backend> backends) {
        this.client = client;
        this.backends = backends;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Backend> backend = Backend.serving(backends, request.getPath());
        if (backend.isEmpty()) {
            return chain.proceed(request);
        }
        Backend target = backend.get();
        HttpRequest<?> forwarded = request.mutate()
            .uri(uri -> uri.scheme(target.url().getScheme()).host(target.url().getHost()).port(target.url().getPort()))
            .header("X-Forwarded-Host", Requests.host(request))
            .header("X-Forwarded-Proto", Requests.isSecure(request) ? "https" : "http");
        return Flux.<MutableHttpResponse<?>>from(client.proxy(forwarded))
            .onErrorResume(failure -> {
                LOG.warn("{} did not answer: {}", target.name(), failure.getClass().getSimpleName());
                MutableHttpResponse<Object> unavailable = ErrorPages.render(request, HttpStatus.SERVICE_UNAVAILABLE, "unavailable");
                unavailable.header("Retry-After", "60");
                return Flux.just(unavailable);
            });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
