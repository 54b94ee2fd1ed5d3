package dk.borgerstemme.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser with JavaScript off: it keeps cookies, sends forms
 * with the page's CSRF token, and does not follow redirects, so a test sees each 303.
 */
public final class Browserless {

    private static final Pattern CSRF_FIELD = Pattern.compile("[?&]_csrf=([A-Za-z0-9_-]+)");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public Browserless(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET().build());
    }

    /** Opens {@code formPage}, then posts {@code fields} to {@code action} with the page's CSRF token, as its form does. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        return post(action + "?_csrf=" + csrfTokenOn(formPage), fields, Map.of());
    }

    public HttpResponse<String> post(String action, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public String csrfTokenOn(String page) {
        Matcher matcher = CSRF_FIELD.matcher(get(page).body());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF field on " + page);
        }
        return matcher.group(1);
    }

    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream().filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
