package dk.borgerstemme.platform.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error a person can meet: a page in the shared layout, in their language, that says what
 * happened and what to do, for a browser; an RFC 9457 problem document for an API client. Never a
 * stack trace, never a framework's own text. The page is rendered here, not left to the views
 * filter, because an error can arise before any route (in a filter, or for an unknown address).
 */
@Singleton
@Primary
public class ErrorPages implements ErrorResponseProcessor<Object> {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    private static final Pattern ORGANISATION_HOME = Pattern.compile("^(/o/[a-z0-9][a-z0-9-]*)(?:/|$)");

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final PageModelProcessor pages;

    ErrorPages(ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer, PageModelProcessor pages) {
        this.renderer = renderer;
        this.pages = pages;
    }

    @Override
    public @NonNull MutableHttpResponse<Object> processResponse(@NonNull ErrorContext context, @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        return fill(context.getRequest(), status, keyFor(status), response);
    }

    /** The page or problem for {@code status}, with the texts under {@code error.<key>}. */
    public MutableHttpResponse<Object> render(HttpRequest<?> request, HttpStatus status, String key) {
        return fill(request, status, key, HttpResponse.status(status));
    }

    private MutableHttpResponse<Object> fill(HttpRequest<?> request, HttpStatus status, String key, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> typed = (MutableHttpResponse<Object>) response.status(status);
        if (wantsPage(request)) {
            Map<String, Object> error = Map.of("key", "error." + key, "back", homeOf(request.getPath()), "status", status.getCode());
            Map<String, Object> model = Map.of("error", error, "page", pages.page(request));
            return typed.contentType(HTML).body(html(renderer.render("error", model, request)));
        }
        return typed.contentType(PROBLEM_JSON).body(ProblemJson.of(status, key));
    }

    public static boolean wantsPage(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(MediaType.TEXT_HTML_TYPE::matches);
    }

    static String homeOf(String path) {
        Matcher matcher = ORGANISATION_HOME.matcher(path);
        return matcher.find() ? matcher.group(1) : "/";
    }

    static String keyFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "notFound";
            case FORBIDDEN -> "forbidden";
            case UNAUTHORIZED -> "unauthorized";
            case SERVICE_UNAVAILABLE, BAD_GATEWAY, GATEWAY_TIMEOUT -> "unavailable";
            default -> status.getCode() >= 500 ? "server" : "badRequest";
        };
    }

    private static String html(Writable writable) {
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
