package dk.borgerstemme.survey.answering;

import dk.borgerstemme.platform.security.Requests;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/** The cookies of a survey's pages: sent only to that organisation's survey addresses, never to scripts. */
final class SurveyCookies {

    private SurveyCookies() {
    }

    static Cookie of(String org, String name, String value, HttpRequest<?> request) {
        return Cookie.of(name, value).path("/o/" + org + "/s").httpOnly(true).sameSite(SameSite.Lax).secure(Requests.isSecure(request));
    }
}
