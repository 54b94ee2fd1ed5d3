package dk.borgerstemme.platform.i18n;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides a request's language: an explicit {@code ?lang=} wins (the language switch is a plain link,
 * so it works without JavaScript), then the {@code lang} cookie the switch leaves behind, then Danish.
 */
@Singleton
public class LanguageResolver implements HttpLocaleResolver {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lang";

    public static Language languageOf(HttpRequest<?> request) {
        return requested(request)
            .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(Language::of))
            .orElse(Language.DEFAULT);
    }

    static Optional<Language> requested(HttpRequest<?> request) {
        return request.getParameters().getFirst(PARAMETER).flatMap(Language::of);
    }

    @Override
    public @NonNull Optional<Locale> resolve(@NonNull HttpRequest<?> request) {
        return Optional.of(languageOf(request).locale());
    }

    @Override
    public @NonNull Locale resolveOrDefault(@NonNull HttpRequest<?> request) {
        return languageOf(request).locale();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
