package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.platform.security.internal.InternalCredentials;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.Optional;

/**
 * survey-service's internal rating API, called with the service credential as the code API is
 * ({@code complaint.followup.SurveyCodeClient}), through its own client configuration {@code survey-service-ratings}
 * (the same address, shorter timeouts): the portal waits about 3 s for the whole figures answer, so the rating
 * must give up well before. Any failure is an empty answer, and the figures say the rating is missing.
 */
@Singleton
class SurveyRatingClient {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyRatingClient.class);

    private final HttpClient http;
    private final InternalCredentials credentials;

    SurveyRatingClient(@Client(id = "survey-service-ratings") HttpClient http, InternalCredentials credentials) {
        this.http = http;
        this.credentials = credentials;
    }

    /** @param units the units to limit the rating to, or empty for the whole organisation */
    Optional<SurveyRating> rating(String organisation, String halfYear, Optional<Collection<String>> units) {
        UriBuilder path = UriBuilder.of("/internal/surveys/" + organisation + "/complaint-handling/" + halfYear);
        units.ifPresent(only -> path.queryParam("units", String.join(",", only)));
        try {
            return Optional.ofNullable(http.toBlocking().retrieve(credentials.authenticate(HttpRequest.GET(path.toString())), SurveyRating.class))
                .filter(rating -> rating.total() != null);
        } catch (ConfigurationException e) {
            LOG.warn("No BORGERSTEMME_INTERNAL_SECRET is configured: the complainants' rating cannot be read from survey-service");
        } catch (HttpClientResponseException e) {
            LOG.warn("survey-service answered {} for the complainants' rating of {} {}", e.getStatus().getCode(), organisation, halfYear);
        } catch (HttpClientException e) {
            LOG.warn("survey-service could not be reached for the complainants' rating of {} {}: {}", organisation, halfYear, e.getMessage());
        }
        return Optional.empty();
    }
}
