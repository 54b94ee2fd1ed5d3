package dk.borgerstemme.platform.security;

import io.micronaut.http.HttpRequest;

/** What a request says about how the browser reached us, also behind the gateway or an ingress. */
public final class Requests {

    private Requests() {
    }

    public static boolean isSecure(HttpRequest<?> request) {
        String forwarded = request.getHeaders().get("X-Forwarded-Proto");
        return forwarded != null ? forwarded.equalsIgnoreCase("https") : request.isSecure();
    }

    public static String host(HttpRequest<?> request) {
        String forwarded = request.getHeaders().get("X-Forwarded-Host");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        String host = request.getHeaders().get("Host");
        return host == null ? "" : host;
    }
}
