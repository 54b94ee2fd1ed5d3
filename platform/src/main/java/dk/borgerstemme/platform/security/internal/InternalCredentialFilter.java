package dk.borgerstemme.platform.security.internal;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/** Adds this service's internal credential to every request of a client annotated with {@link InternalApiClient}. */
@InternalApiClient
@ClientFilter
class InternalCredentialFilter {

    private final InternalCredentials credentials;

    InternalCredentialFilter(InternalCredentials credentials) {
        this.credentials = credentials;
    }

    @RequestFilter
    void addCredential(MutableHttpRequest<?> request) {
        credentials.authenticate(request);
    }
}
