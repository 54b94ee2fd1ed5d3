package dk.borgerstemme.complaint.followup;

import dk.borgerstemme.complaint.outbox.DeliveryFailure;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * survey-service's internal API {@code POST /internal/surveys/{org}/codes}. The complaint service proves
 * itself with {@code Authorization: Bearer complaint-service:<BORGERSTEMME_INTERNAL_SECRET>}
 * (platform.security.internal on survey-service's side); in the demo and dev environments, without a
 * configured secret, with the installation's fixed development secret, as survey-service accepts there.
 */
@Singleton
class SurveyCodeClient {

    static final String CALLER = "complaint-service";
    /** The development secret survey-service accepts in demo and dev (platform InternalSecrets). */
    static final String DEVELOPMENT_SECRET = "borgerstemme-development-only-internal-secret";
    private static final Set<String> DEVELOPMENT_ENVIRONMENTS = Set.of("demo", Environment.DEVELOPMENT);

    private final HttpClient http;
    private final String credential;

    SurveyCodeClient(@Client(id = "survey-service") HttpClient http,
                     @Nullable @Value("${borgerstemme.internal.secret:}") String secret,
                     Environment environment) {
        this.http = http;
        boolean development = environment.getActiveNames().stream().anyMatch(DEVELOPMENT_ENVIRONMENTS::contains);
        String configured = secret == null ? "" : secret.strip();
        this.credential = configured.isEmpty() && development ? DEVELOPMENT_SECRET : configured;
    }

    SurveyCode requestCode(String organisation, SurveyCodeRequest request) {
        if (credential.isEmpty()) {
            throw new DeliveryFailure("No BORGERSTEMME_INTERNAL_SECRET is configured: survey-service cannot be asked for a code");
        }
        try {
            SurveyCode code = http.toBlocking().retrieve(
                HttpRequest.POST("/internal/surveys/" + organisation + "/codes", request)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + CALLER + ":" + credential)
                    .header("Idempotency-Key", request.idempotencyKey()),
                SurveyCode.class);
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
