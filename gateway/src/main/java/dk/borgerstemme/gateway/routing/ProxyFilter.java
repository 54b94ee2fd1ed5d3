package dk.borgerstemme.gateway.routing;

import dk.borgerstemme.platform.security.Requests;
import dk.borgerstemme.platform.web.ErrorPages;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Passes a request for a service's address on to that service, streaming the body both ways, and
 * shows the "temporarily unavailable" page when the service does not answer. It runs before the
 * gateway's own security: each service checks the token and the CSRF token itself.
 * <p>
 * The service is not asked to compress: the gateway's HTTP client would only inflate the service's
 * gzip again, and the gateway compresses for the browser anyway (docs/benchmarks.md). So the browser's
 * {@code Accept-Encoding} is left out of the forwarded request and put back on the browser's request
 * before the answer is written, where the gateway's compression reads it: Micronaut's mutated request
 * shares its headers with the original.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ProxyFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyFilter.class);

    private final ProxyHttpClient client;
    private final List<Backend> backends;
    private final ErrorPages errorPages;

    ProxyFilter(ProxyHttpClient client, List<Backend> backends, ErrorPages errorPages) {
        this.client = client;
        this.backends = backends;
        this.errorPages = errorPages;
    }

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> proxy(HttpRequest<?> request) {
        Optional<Backend> backend = Backend.serving(backends, request.getPath());
        if (backend.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Backend target = backend.get();
        List<String> acceptEncoding = request.getHeaders().getAll(HttpHeaders.ACCEPT_ENCODING);
        MutableHttpRequest<?> forwarded = request.mutate()
            .uri(onBackend(target, request.getUri()))
            .header("X-Forwarded-Host", Requests.host(request))
            .header("X-Forwarded-Proto", Requests.isSecure(request) ? "https" : "http");
        forwarded.getHeaders().remove(HttpHeaders.ACCEPT_ENCODING);
        return Mono.<HttpResponse<?>>from(client.proxy(forwarded))
            .<HttpResponse<?>>map(response -> {
                restore(forwarded, acceptEncoding);
                return response;
            })
            .onErrorResume(failure -> {
                restore(forwarded, acceptEncoding);
                LOG.warn("{} did not answer: {}", target.name(), failure.getClass().getSimpleName());
                MutableHttpResponse<Object> unavailable = errorPages.render(request, HttpStatus.SERVICE_UNAVAILABLE, "unavailable");
                unavailable.header("Retry-After", "60");
                return Mono.<HttpResponse<?>>just(unavailable);
            })
            .toFuture();
    }

    private static void restore(MutableHttpRequest<?> forwarded, List<String> acceptEncoding) {
        MutableHttpHeaders headers = forwarded.getHeaders();
        if (!headers.contains(HttpHeaders.ACCEPT_ENCODING)) {
            acceptEncoding.forEach(value -> headers.add(HttpHeaders.ACCEPT_ENCODING, value));
        }
    }

    /** The same path and query on the service; one string, not a UriBuilder parsing the address again per request. */
    private static URI onBackend(Backend target, URI requested) {
        String query = requested.getRawQuery();
        return URI.create(target.url().getScheme() + "://" + target.url().getRawAuthority() + requested.getRawPath()
            + (query == null ? "" : "?" + query));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
