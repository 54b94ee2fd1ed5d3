package dk.borgerstemme.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problem documents (application/problem+json) every API answers errors with: {@code type},
 * {@code title} and {@code status} first, then the caller's own members ({@code code}, {@code detail},
 * the fields at fault) in the order it adds them.
 */
public final class ProblemJson {

    private ProblemJson() {
    }

    /** A problem with the members every problem has; add the rest and send it with {@link #response}. */
    public static Map<String, Object> of(HttpStatus status) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        return problem;
    }

    /** As {@link #of(HttpStatus)}, with the machine-readable {@code code} the clients switch on. */
    public static Map<String, Object> of(HttpStatus status, String code) {
        Map<String, Object> problem = of(status);
        problem.put("code", code);
        return problem;
    }

    /** A problem with its {@code code}, a {@code detail} for people, and the caller's {@code members} (the fields at fault), sent. */
    public static MutableHttpResponse<Object> response(HttpStatus status, String code, String detail, Map<String, Object> members) {
        Map<String, Object> problem = of(status, code);
        problem.put("detail", detail);
        problem.putAll(members);
        return response(status, problem);
    }

    public static MutableHttpResponse<Object> response(HttpStatus status, Map<String, Object> problem) {
        return HttpResponse.status(status).contentType(ErrorPages.PROBLEM_JSON).body(problem);
    }
}
