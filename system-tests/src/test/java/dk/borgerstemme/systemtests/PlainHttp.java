package dk.borgerstemme.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP requests, for what a browser hides: status codes and readiness. */
final class PlainHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(2))
        .build();

    private PlainHttp() {
    }

    /** A GET that asks for a page, as a browser does. */
    static HttpResponse<String> getPage(URI address) {
        return get(address, "text/html");
    }

    /** Whether {@code address} answers 200 now; a refused connection counts as no. */
    static boolean answersOk(URI address) {
        try {
            return get(address, "application/json").statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static HttpResponse<String> get(URI address, String accept) {
        HttpRequest request = HttpRequest.newBuilder(address)
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + address + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + address, e);
        }
    }
}
