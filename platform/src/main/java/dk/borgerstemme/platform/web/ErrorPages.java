package dk.borgerstemme.platform.web;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.context.annotation.Primary;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error a person can meet: a page in the shared layout, in their language, that says what
 * happened and what to do, for a browser; an RFC 9457 problem document for an API client. Never a
 * stack trace, never a framework's own text.
 */
@Singleton
@Primary
public class ErrorPages implements ErrorResponseProcessor<Object> {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final Pattern ORGANISATION_HOME = Pattern.compile("^(/o/[a-z0-9][a-z0-9-]*)(?:/|$)");

    @Override
    public @NonNull MutableHttpResponse<Object> processResponse(@NonNull ErrorContext context, @NonNull MutableHttpResponse<?> response) {
        return render(context.getRequest(), response.getStatus(), keyFor(response.getStatus()), response);
    }

    /** The page or problem for {@code status}, with the texts under {@code error.<key>}. */
    public static MutableHttpResponse<Object> render(HttpRequest<?> request, HttpStatus status, String key, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> typed = (MutableHttpResponse<Object>) response.status(status);
        if (wantsPage(request)) {
            Map<String, Object> error = Map.of("key", "error." + key, "back", homeOf(request.getPath()), "status", status.getCode());
            return typed.contentType(MediaType.TEXT_HTML_TYPE).body(new ModelAndView<>("error", Map.of("error", error)));
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        problem.put("code", key);
        return typed.contentType(PROBLEM_JSON).body(problem);
    }

    public static MutableHttpResponse<Object> render(HttpRequest<?> request, HttpStatus status, String key) {
        return render(request, status, key, HttpResponse.status(status));
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
}
