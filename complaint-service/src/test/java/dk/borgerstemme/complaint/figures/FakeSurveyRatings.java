package dk.borgerstemme.complaint.figures;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers like survey-service's internal rating API, over real HTTP inside the service under test: the answer it
 * is given, or an outage (503) or an answer slower than the caller waits. Checks the complaint service's credential.
 */
@Controller("/internal/surveys/{org}/complaint-handling/{halfYear}")
@Requires(property = "test.fake-survey-ratings", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class FakeSurveyRatings {

    static final String SECRET = "test-internal-secret";

    enum Mode { ANSWER, DOWN, SLOW }

    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicReference<Mode> mode = new AtomicReference<>(Mode.ANSWER);
    final AtomicReference<Map<String, Object>> answer = new AtomicReference<>(Map.of());

    @Get
    HttpResponse<?> rating(String org, String halfYear, @Nullable @Header("Authorization") String authorization, HttpRequest<?> request)
        throws InterruptedException {
        if (!("Bearer complaint-service:" + SECRET).equals(authorization)) {
            return HttpResponse.unauthorized();
        }
        requests.add(request.getUri().toString());
        return switch (mode.get()) {
            case DOWN -> HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
            case SLOW -> {
                Thread.sleep(2500);
                yield HttpResponse.ok(answer.get());
            }
            case ANSWER -> HttpResponse.ok(answer.get());
        };
    }
}
