package dk.borgerstemme.gateway.ratelimit;

import dk.borgerstemme.gateway.GatewayTestProperties;
import dk.borgerstemme.platform.testing.Browserless;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a trusted proxy: the first address of X-Forwarded-For is the client. The services are down (503). */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest implements TestPropertyProvider {

    private static final String STATUS = "/o/slagelse/klage/status";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(GatewayTestProperties.withBackendsDown());
        properties.put("borgerstemme.rate-limit.enabled", "true");
        properties.put("borgerstemme.rate-limit.trust-forwarded-for", "true");
        properties.put("borgerstemme.rate-limit.families.api-test.requests", "1");
        properties.put("borgerstemme.rate-limit.families.api-test.per", "1m");
        properties.put("borgerstemme.rate-limit.families.api-test.paths", "/api/complaints/[^/]+/test");
        return properties;
    }

    @Test
    void aBurstOfStatusLookUpsFromOneAddressIsStoppedWith429AndToldWhenToTryAgain() {
        Map<String, String> client = client();
        for (int i = 0; i < 10; i++) {
            assertThat(post(STATUS, client).statusCode()).as("look-up %d", i + 1).isEqualTo(503);
        }

        HttpResponse<String> refused = post(STATUS, client);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
            assertThat(Integer.parseInt(seconds)).isBetween(1, 6));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body())
            .contains("<html lang=\"da\">")
            .contains("<title>For mange forsøg på kort tid – Borgerstemme</title>")
            .contains("<h1>For mange forsøg på kort tid</h1>")
            .contains("Vent et minut")
            .contains("href=\"/o/slagelse\"");
    }

    @Test
    void anotherAddressIsNotAffected() {
        Map<String, String> busy = client();
        for (int i = 0; i < 11; i++) {
            post(STATUS, busy);
        }
        assertThat(post(STATUS, busy).statusCode()).isEqualTo(429);

        assertThat(post(STATUS, client()).statusCode()).isEqualTo(503);
    }

    @Test
    void theRefusalSpeaksEnglishWhenThePageDoes() {
        Map<String, String> client = client();
        for (int i = 0; i < 10; i++) {
            post(STATUS + "?lang=en", client);
        }

        HttpResponse<String> refused = post(STATUS + "?lang=en", client);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body())
            .contains("<html lang=\"en\">")
            .contains("<h1>Too many attempts in a short time</h1>")
            .contains("go back with the browser’s back button");
    }

    @Test
    void eachFamilyHasItsOwnBucketAndTheSurveyPagesAreGenerous() {
        Map<String, String> tablet = client();
        for (int i = 0; i < 11; i++) {
            post(STATUS, tablet);
        }
        assertThat(post(STATUS, tablet).statusCode()).isEqualTo(429);

        for (int i = 0; i < 100; i++) {
            assertThat(post("/o/slagelse/s/spoergsmaal/" + (i % 12 + 1), tablet).statusCode()).as("survey page %d", i + 1).isEqualTo(503);
        }
        assertThat(post("/o/slagelse/klage", tablet).statusCode()).isEqualTo(503);
    }

    @Test
    void signInIsLimitedAndStaffPagesAndPageViewsAreNot() {
        Map<String, String> client = client();
        for (int i = 0; i < 10; i++) {
            assertThat(post("/login", client).statusCode()).isNotEqualTo(429);
        }
        assertThat(post("/login", client).statusCode()).isEqualTo(429);

        for (int i = 0; i < 30; i++) {
            assertThat(post("/o/slagelse/klage/sager/ny", client).statusCode()).isEqualTo(503);
            assertThat(new Browserless(server.getURI()).get(STATUS).statusCode()).isEqualTo(503);
        }
    }

    @Test
    void anApiClientGetsAProblemDocument() {
        Map<String, String> client = client();
        post("/api/complaints/slagelse/test", client);

        HttpResponse<String> refused = post("/api/complaints/slagelse/test", client);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":429").contains("\"code\":\"tooManyRequests\"");
    }

    private HttpResponse<String> post(String path, Map<String, String> headers) {
        return new Browserless(server.getURI()).post(path, Map.of("sagsnummer", "K-2026-000001"), headers);
    }

    /** A client of its own, as the ingress names it. */
    private static Map<String, String> client() {
        return Map.of("X-Forwarded-For", "203.0.113." + NEXT_ADDRESS.getAndIncrement() + ", 10.0.0.9");
    }
}
