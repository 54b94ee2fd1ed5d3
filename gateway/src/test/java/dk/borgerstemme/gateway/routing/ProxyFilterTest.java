package dk.borgerstemme.gateway.routing;

import com.sun.net.httpserver.HttpServer;
import dk.borgerstemme.gateway.GatewayTestProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway passes a page request on to its service unchanged in path and query, without asking the
 * service to compress (the gateway compresses once, for the browser), and the browser gets the service's
 * page gzipped when it accepts gzip, and plain when it does not. Only the JSON APIs are timed as the
 * gateway's client requests.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyFilterTest implements TestPropertyProvider {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"da\"><body>" + "<p>Svar på spørgsmålet</p>".repeat(200) + "</body></html>";

    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final HttpServer service = startService();

    @Inject
    EmbeddedServer gateway;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(GatewayTestProperties.withBackendsDown());
        properties.put("borgerstemme.services.survey-url", "http://127.0.0.1:" + service.getAddress().getPort());
        return properties;
    }

    @AfterAll
    void stopService() {
        service.stop(0);
    }

    @BeforeEach
    void forget() {
        received.clear();
    }

    @Test
    void theServiceGetsThePathAndQueryButNoAcceptEncodingAndTheBrowserGetsThePageGzipped() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(gateway.getURI() + "/o/slagelse/s/spoergsmaal/3?kode=ABC%20DEF&lang=en"))
            .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(received).hasSize(1);
        assertThat(received.get(0)).containsEntry("uri", "/o/slagelse/s/spoergsmaal/3?kode=ABC%20DEF&lang=en")
            .doesNotContainKey("accept-encoding")
            .containsEntry("x-forwarded-proto", "http");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.body().length).isLessThan(PAGE.getBytes(StandardCharsets.UTF_8).length / 10);
        assertThat(gunzip(response.body())).isEqualTo(PAGE);
    }

    @Test
    void aBrowserThatDoesNotAcceptGzipGetsThePagePlain() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(gateway.getURI() + "/o/slagelse/s/tjek")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(received).hasSize(1);
        assertThat(received.get(0)).doesNotContainKey("accept-encoding");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(PAGE);
    }

    @Test
    void aServiceThatCompressesAnywayStillGivesTheBrowserThePage() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(gateway.getURI() + "/o/slagelse/s/gzip"))
            .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(response.body())).isEqualTo(PAGE);
    }

    @Test
    void theProxiedApiCallsAreTimedAsClientRequestsButTheCitizenPagesOnlyByTheirService() throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        long before = clientRequestsTimed();
        browser.send(HttpRequest.newBuilder(URI.create(gateway.getURI() + "/o/slagelse/s/intro")).build(), HttpResponse.BodyHandlers.discarding());
        long afterPage = clientRequestsTimed();
        browser.send(HttpRequest.newBuilder(URI.create(gateway.getURI() + "/api/surveys/slagelse/waves")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(received).hasSize(2);
        assertThat(afterPage).isEqualTo(before);
        assertThat(clientRequestsTimed()).isEqualTo(before + 1);
    }

    private long clientRequestsTimed() {
        return meters.find("http.client.requests").timers().stream().mapToLong(Timer::count).sum();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private HttpServer startService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                Map<String, String> request = new HashMap<>();
                request.put("uri", exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery());
                exchange.getRequestHeaders().forEach((name, values) -> request.put(name.toLowerCase(), String.join(",", values)));
                received.add(request);
                boolean compressed = exchange.getRequestURI().getPath().endsWith("/gzip");
                byte[] body = compressed ? gzip(PAGE) : PAGE.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
                if (compressed) {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
