package dk.borgerstemme.complaint.followup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers like survey-service's internal code API, over real HTTP inside the service under test: one
 * code per idempotency key, and switchable outages. The platform's internal API rule lets only an
 * authenticated service in; the fake checks that the credential is the complaint service's.
 */
@Controller("/internal/surveys/{org}/codes")
@Requires(property = "test.fake-survey-service", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class FakeSurveyService {

    static final String SECRET = "test-internal-secret";

    final Map<String, String> codes = new ConcurrentHashMap<>();
    final List<Map<String, Object>> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger outagesToCome = new AtomicInteger();
    final AtomicInteger slowAnswersToCome = new AtomicInteger();

    void reset() {
        codes.clear();
        requests.clear();
        outagesToCome.set(0);
        slowAnswersToCome.set(0);
    }

    @Post
    HttpResponse<?> code(String org, @Body Map<String, Object> request, @Nullable @Header("Authorization") String authorization) throws InterruptedException {
        if (!("Bearer complaint-service:" + SECRET).equals(authorization)) {
            return HttpResponse.unauthorized();
        }
        if (outagesToCome.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE);
        }
        String idempotencyKey = String.valueOf(request.get("key"));
        requests.add(Map.of("org", org, "body", request, "key", idempotencyKey));
        String code = codes.computeIfAbsent(org + "/" + idempotencyKey, key -> "KBHX-" + String.format("%04d", codes.size() + 1) + "-TEST");
        if (slowAnswersToCome.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            // The code is handed out, but the answer arrives after the caller has given up waiting.
            Thread.sleep(6_000);
        }
        return HttpResponse.ok(Map.of("code", code, "surveyAddress", "https://borgerstemme.example.dk/o/" + org + "/s",
            "link", "https://borgerstemme.example.dk/o/" + org + "/s?kode=" + code));
    }
}
