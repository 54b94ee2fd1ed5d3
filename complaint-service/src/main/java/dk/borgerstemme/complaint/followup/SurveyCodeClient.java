package dk.borgerstemme.complaint.followup;

import dk.borgerstemme.complaint.outbox.DeliveryFailure;
import dk.borgerstemme.platform.security.internal.InternalCredentials;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

/**
 * survey-service's internal API {@code POST /internal/surveys/{org}/codes}. The complaint service proves
 * itself with the platform's internal credential ({@code Authorization: Bearer complaint-service:<secret>},
 * {@code platform.security.internal}): BORGERSTEMME_INTERNAL_SECRET, or in the demo and dev environments
 * without one, the installation's fixed development secret, as survey-service accepts there.
 */
@Singleton
class SurveyCodeClient {

    private final HttpClient http;
    private final InternalCredentials credentials;

    SurveyCodeClient(@Client(id = "survey-service") HttpClient http, InternalCredentials credentials) {
        this.http = http;
        this.credentials = credentials;
    }

    SurveyCode requestCode(String organisation, SurveyCodeRequest request) {
        MutableHttpRequest<SurveyCodeRequest> post = HttpRequest.POST("/internal/surveys/" + organisation + "/codes", request)
            .header("Idempotency-Key", request.idempotencyKey());
        try {
            credentials.authenticate(post);
        } catch (ConfigurationException e) {
            throw new DeliveryFailure("No BORGERSTEMME_INTERNAL_SECRET is configured: survey-service cannot be asked for a code");
        }
        try {
            SurveyCode code = http.toBlocking().retrieve(post, SurveyCode.class);
            if (code == null || code.code() == null || code.code().isBlank()) {
                throw new DeliveryFailure("survey-service answered without a code");
            }
            return code;
        } catch (HttpClientResponseException e) {
            throw new DeliveryFailure("survey-service answered " + e.getStatus().getCode());
        } catch (HttpClientException e) {
            throw new DeliveryFailure("survey-service could not be reached", e);
        }
    }
}
