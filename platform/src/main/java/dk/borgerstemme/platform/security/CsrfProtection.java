package dk.borgerstemme.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;
import dk.borgerstemme.platform.web.Assets;
import dk.borgerstemme.platform.web.ErrorPages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Protects every state-changing form against cross-site request forgery with a double-submitted
 * token: a random value in a SameSite=Strict cookie that the form repeats in its action address
 * ({@code action="/login?_csrf=..."}). A form POST whose token does not match the cookie, or that
 * comes from another origin, is refused. The token travels in the address rather than in the body
 * so the check needs no body parsing before routing; it is bound to the cookie, so seeing it in a
 * history entry gives nobody anything. JSON requests are not forms: a browser cannot send them
 * across sites without CORS, which we never allow.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, patternStyle = FilterPatternStyle.ANT)
public class CsrfProtection implements Ordered {

    public static final String COOKIE = "csrf";
    public static final String FIELD = "_csrf";
    private static final String REQUEST_TOKEN = CsrfProtection.class.getName() + ".token";
    private static final String REQUEST_TOKEN_IS_NEW = CsrfProtection.class.getName() + ".new";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final Set<MediaType> FORMS = Set.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE, MediaType.MULTIPART_FORM_DATA_TYPE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ErrorPages errorPages;

    CsrfProtection(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    /** The token a form on this page must carry in its action address. */
    public static Optional<String> tokenFor(HttpRequest<?> request) {
        return request.getAttribute(REQUEST_TOKEN, String.class)
            .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue));
    }

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            if (!request.getPath().startsWith(Assets.ROOT) && request.getCookies().findCookie(COOKIE).isEmpty()) {
                request.setAttribute(REQUEST_TOKEN, newToken());
                request.setAttribute(REQUEST_TOKEN_IS_NEW, true);
            }
            return CompletableFuture.completedFuture(null);
        }
        if (!sameOrigin(request)) {
            return CompletableFuture.completedFuture(errorPages.render(request, HttpStatus.FORBIDDEN, "forbidden"));
        }
        Optional<MediaType> contentType = request.getContentType();
        if (contentType.isEmpty() || FORMS.stream().noneMatch(form -> form.matches(contentType.get()))) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> cookie = request.getCookies().findCookie(COOKIE).map(Cookie::getValue);
        Optional<String> submitted = request.getParameters().getFirst(FIELD);
        boolean valid = cookie.isPresent() && submitted.isPresent() && constantTimeEquals(cookie.get(), submitted.get());
        return CompletableFuture.completedFuture(valid ? null : errorPages.render(request, HttpStatus.FORBIDDEN, "expiredForm"));
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(REQUEST_TOKEN_IS_NEW, Boolean.class).orElse(false)) {
            request.getAttribute(REQUEST_TOKEN, String.class).ifPresent(token -> response.cookie(
                Cookie.of(COOKIE, token)
                    .path("/")
                    .httpOnly(true)
                    .sameSite(SameSite.Strict)
                    .secure(Requests.isSecure(request))));
        }
    }

    /**
     * False only when the browser says the request comes from another site. Our pages send
     * {@code Referrer-Policy: no-referrer}, so a browser's own form POST carries {@code Origin: null}:
     * that cannot be told from an opaque origin, and the token decides. {@code Sec-Fetch-Site} is
     * sent whatever the referrer policy, and names a cross-site request plainly.
     */
    static boolean sameOrigin(HttpRequest<?> request) {
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return false;
        }
        String origin = request.getHeaders().get("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return true;
        }
        try {
            String originHost = URI.create(origin).getAuthority();
            return originHost != null && originHost.equalsIgnoreCase(Requests.host(request));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
