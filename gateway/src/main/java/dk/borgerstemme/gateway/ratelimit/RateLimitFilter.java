package dk.borgerstemme.gateway.ratelimit;

import dk.borgerstemme.platform.web.ErrorPages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Limits the form POSTs of the public pages (complaint form, status look-up, survey pages, sign-in) per
 * client address and page family, before the request is passed to a service. Over the limit the
 * answer is 429 with {@code Retry-After}: the platform's error page in the person's language, or a
 * problem document for {@code /api/**} and clients that do not ask for HTML. The families are the
 * pages anyone can use without signing in; staff pages belong to none. No address is logged.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Singleton
class RateLimitFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);

    private final RateLimitSettings settings;
    private final List<PathFamily> families;
    private final ErrorPages errorPages;
    private final TokenBuckets buckets;

    RateLimitFilter(RateLimitSettings settings, List<PathFamily> families, ErrorPages errorPages) {
        this.settings = settings;
        this.families = families;
        this.errorPages = errorPages;
        this.buckets = new TokenBuckets(settings.getMaxClients(), System::nanoTime);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (!settings.isEnabled() || request.getMethod() != HttpMethod.POST) {
            return null;
        }
        Optional<PathFamily> family = families.stream().filter(candidate -> candidate.covers(request.getPath())).findFirst();
        if (family.isEmpty()) {
            return null;
        }
        String client = ClientAddress.of(request, settings.isTrustForwardedFor());
        TokenBuckets.Decision decision = buckets.take(family.get().getName() + "\u0000" + client, family.get().limit());
        if (decision.allowed()) {
            return null;
        }
        LOG.info("Rate limit reached on {}", family.get().getName());
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        MutableHttpResponse<Object> refused = errorPages.render(asApiWhenApi(request), HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests");
        refused.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        refused.header(HttpHeaders.CACHE_CONTROL, "no-store");
        return refused;
    }

    /** An API client gets a problem document even when its Accept header would also take HTML. */
    private static HttpRequest<?> asApiWhenApi(HttpRequest<?> request) {
        if (!request.getPath().startsWith("/api/")) {
            return request;
        }
        MutableHttpRequest<?> api = request.mutate();
        api.getHeaders().set(HttpHeaders.ACCEPT, ErrorPages.PROBLEM_JSON.toString());
        return api;
    }

    @Override
    public int getOrder() {
        // Before the proxy (ServerFilterPhase.FIRST), so a refused request never reaches a service.
        return ServerFilterPhase.FIRST.before();
    }
}
