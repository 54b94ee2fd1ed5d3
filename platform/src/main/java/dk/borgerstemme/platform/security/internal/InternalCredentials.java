package dk.borgerstemme.platform.security.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import jakarta.inject.Singleton;

/**
 * The calling side: this service's credential for another service's internal API, named after the
 * application ({@code micronaut.application.name}). Use {@link #authenticate} on a request built for a
 * low-level {@code HttpClient}, or annotate a declarative client with {@link InternalApiClient}.
 */
@Singleton
public class InternalCredentials {

    private final InternalSecrets secrets;
    private final String caller;

    InternalCredentials(InternalSecrets secrets, @Value("${micronaut.application.name}") String caller) {
        if (!InternalSecrets.CALLER_NAME.matcher(caller).matches()) {
            throw new IllegalArgumentException("A service calling the internal API needs a name of lower-case letters, digits and "
                + "dashes in micronaut.application.name, was " + caller);
        }
        this.secrets = secrets;
        this.caller = caller;
    }

    public String caller() {
        return caller;
    }

    /** Adds the credential to {@code request} and gives it back. */
    public <T> MutableHttpRequest<T> authenticate(MutableHttpRequest<T> request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + caller + ":" + secrets.secretOf(caller));
    }

    @Override
    public String toString() {
        return "InternalCredentials[" + caller + "]";
    }
}
