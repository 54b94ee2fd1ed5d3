package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway passes on to a citizen: the service's page, the same HTML as the service renders it,
 * compressed once for a browser that accepts gzip, with the service's security headers and CSRF cookie;
 * and staff addresses still refuse a request without a sign-in.
 */
@SystemTest
class CitizenPagesThroughGatewayIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
    private static final String CSRF_TOKEN = "_csrf=[A-Za-z0-9_-]+";

    @Test
    void theSurveyCodePageIsTheServicesPageGzippedOnceWithItsSecurityHeaders(RunningSystem system) throws Exception {
        HttpResponse<byte[]> viaGateway = get(system.gatewayUrl().resolve("/o/slagelse/s"), "text/html", "gzip, deflate, br");
        HttpResponse<byte[]> fromService = get(system.surveyService().url().resolve("/o/slagelse/s"), "text/html", null);

        assertThat(viaGateway.statusCode()).isEqualTo(200);
        assertThat(viaGateway.headers().allValues("Content-Encoding")).containsExactly("gzip");
        String page = gunzip(viaGateway.body());
        assertThat(page).contains("<html lang=\"da\"").containsPattern(CSRF_TOKEN);
        assertThat(page.replaceAll(CSRF_TOKEN, "_csrf=T"))
            .isEqualTo(new String(fromService.body(), StandardCharsets.UTF_8).replaceAll(CSRF_TOKEN, "_csrf=T"));
        assertSecurityHeaders(viaGateway);
    }

    @Test
    void aBrowserThatDoesNotAcceptGzipGetsTheSurveyPagePlain(RunningSystem system) throws Exception {
        HttpResponse<byte[]> response = get(system.gatewayUrl().resolve("/o/slagelse/s"), "text/html", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<html lang=\"da\"").containsPattern(CSRF_TOKEN);
        assertSecurityHeaders(response);
    }

    @Test
    void theComplaintFormIsGzippedOnceWithItsSecurityHeaders(RunningSystem system) throws Exception {
        HttpResponse<byte[]> response = get(system.gatewayUrl().resolve("/o/slagelse/klage"), "text/html", "gzip, deflate, br");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Encoding")).containsExactly("gzip");
        assertThat(gunzip(response.body())).contains("<html lang=\"da\"").containsPattern(CSRF_TOKEN).contains("<form");
        assertSecurityHeaders(response);
    }

    @Test
    void staffAddressesStillRefuseARequestWithoutASignIn(RunningSystem system) throws Exception {
        HttpResponse<byte[]> api = get(system.gatewayUrl().resolve("/api/surveys/slagelse/waves"), "application/json", "gzip");
        HttpResponse<byte[]> page = get(system.gatewayUrl().resolve("/o/slagelse/s/maalinger"), "text/html", "gzip");

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("/login?return="));
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
            assertThat(policy).startsWith("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
            assertThat(cookie).startsWith("csrf=").contains("HTTPOnly").contains("SameSite=Strict"));
    }

    private static HttpResponse<byte[]> get(URI address, String accept, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(address).header("Accept", accept).timeout(Duration.ofSeconds(10));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
