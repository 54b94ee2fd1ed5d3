package dk.borgerstemme.platform.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/** Remembers a language chosen with the switch, so the next pages keep it. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class LanguageCookieFilter {

    @ResponseFilter
    void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        LanguageResolver.requested(request).ifPresent(language -> response.cookie(
            Cookie.of(LanguageResolver.COOKIE, language.code())
                .path("/")
                .maxAge(Duration.ofDays(365))
                .sameSite(SameSite.Lax)
                .httpOnly(true)));
    }
}
