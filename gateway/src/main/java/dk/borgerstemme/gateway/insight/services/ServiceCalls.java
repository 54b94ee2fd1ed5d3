package dk.borgerstemme.gateway.insight.services;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * GETs from the survey and complaint services on behalf of a signed-in staff member: their own token is
 * forwarded, so each service checks organisation, role and unit scope again. Every call has a time limit;
 * a call that fails becomes a {@link Fetched} that says what is missing.
 */
@Singleton
public class ServiceCalls {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceCalls.class);
    /** A service that sends nothing is given up by the client's read time-out; this limit is for one that sends slowly. */
    private static final Duration READ_TIMEOUT_FIRST = Duration.ofMillis(500);

    private final HttpClient client;
    private final ObjectMapper json;
    private final Duration timeout;

    ServiceCalls(ObjectMapper json, @Value("${borgerstemme.insight.timeout:3s}") Duration timeout) {
        // The client stops reading when the portal stops waiting: a read time-out that fired after the call was given
        // up would be an error nobody listens to any more, which Reactor logs as a dropped error with its stack trace.
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(timeout);
        this.client = HttpClient.create(null, configuration);
        this.json = json;
        this.timeout = timeout;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Starts the call; the future never fails, it completes with a {@link Fetched}. */
    public <T> CompletableFuture<Fetched<T>> get(URI uri, String token, Class<T> type) {
        return get(uri, token, Argument.of(type));
    }

    public <T> CompletableFuture<Fetched<T>> get(URI uri, String token, Argument<T> type) {
        return getText(uri, token).thenApply(body -> body.value().map(text -> parse(uri, text, type))
            .orElseGet(() -> Fetched.missing(body.missing())));
    }

    public CompletableFuture<Fetched<String>> getText(URI uri, String token) {
        HttpRequest<?> request = HttpRequest.GET(uri).bearerAuth(token).accept(MediaType.APPLICATION_JSON_TYPE);
        return Mono.from(client.exchange(request, String.class))
            .timeout(timeout.plus(READ_TIMEOUT_FIRST))
            .map(response -> response.getBody(String.class).map(Fetched::of).orElseGet(() -> Fetched.of("")))
            .onErrorResume(failure -> Mono.just(Fetched.missing(why(uri, failure))))
            .toFuture();
    }

    <T> Fetched<T> parse(URI uri, String text, Argument<T> type) {
        try {
            return Fetched.of(json.readValue(text, type));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the answer of {}: {}", uri.getPath(), e.getClass().getSimpleName());
            return Fetched.missing(Fetched.Missing.UNAVAILABLE);
        }
    }

    private static Fetched.Missing why(URI uri, Throwable failure) {
        if (failure instanceof HttpClientResponseException response) {
            HttpStatus status = response.getStatus();
            if (status == HttpStatus.NOT_FOUND) {
                return Fetched.Missing.NOT_FOUND;
            }
            if (status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED) {
                return Fetched.Missing.FORBIDDEN;
            }
        }
        LOG.warn("{} did not answer usefully: {}", uri.getPath(), failure.getClass().getSimpleName());
        return Fetched.Missing.UNAVAILABLE;
    }

    static URI resolve(URI base, String pathAndQuery) {
        return URI.create(base.toString().replaceAll("/+$", "") + pathAndQuery);
    }

}
