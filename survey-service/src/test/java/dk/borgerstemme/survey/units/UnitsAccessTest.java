package dk.borgerstemme.survey.units;

import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitsAccessTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @Test
    void anAnalystSeesEveryUnitOfTheOrganisation() {
        List<Map<String, Object>> units = units(TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of()));

        assertThat(units).extracting(unit -> unit.get("id")).contains("botilbuddet-solvang", "misbrugscentret", "bpa");
    }

    @Test
    void aUnitLeaderSeesOnlyTheirOwnUnits() {
        List<Map<String, Object>> units = units(TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"),
            List.of("botilbuddet-solvang", "botilbuddet-havnevej"), List.of()));

        assertThat(units).extracting(unit -> unit.get("id")).containsExactlyInAnyOrder("botilbuddet-solvang", "botilbuddet-havnevej");
    }

    @Test
    void aRequestWithoutATokenIsRefused() {
        assertThat(status(HttpRequest.GET("/api/surveys/slagelse/units"))).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(status(withToken(TestTokens.expired("bo", "slagelse", List.of("ANALYST"))))).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertThat(status(withToken(TestTokens.forged("bo", "slagelse", List.of("ANALYST"))))).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertThat(status(withToken(TestTokens.fromOtherIssuer("bo", "slagelse", List.of("ANALYST"))))).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherOrganisationIsRefused() {
        String otherOrganisation = TestTokens.staff("eva", "midtjylland", List.of("ANALYST"), List.of(), List.of());

        assertThat(status(withToken(otherOrganisation))).isEqualTo(403);
    }

    @Test
    void aCaseworkerHasNoBusinessWithSurveyUnits() {
        String caseworker = TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));

        assertThat(status(withToken(caseworker))).isEqualTo(403);
    }

    @Test
    void theUnitsPageListsTheUnitsAndTheSurveyFedMeasurementPointsInBothLanguages() {
        String analyst = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());

        String danish = client.toBlocking().retrieve(HttpRequest.GET("/o/slagelse/s/enheder").accept("text/html").bearerAuth(analyst));
        String english = client.toBlocking().retrieve(HttpRequest.GET("/o/slagelse/s/enheder?lang=en").accept("text/html").bearerAuth(analyst));

        assertThat(danish).contains("<html lang=\"da\">").contains("<h1>Enheder og målepunkter</h1>").contains("Botilbuddet Solvang");
        assertThat(english).contains("<html lang=\"en\">").contains("<h1>Units and measurement points</h1>");
    }

    @Test
    void aBrowserThatIsNotSignedInIsSentToTheSignInPage() {
        HttpResponse<?> response = client.toBlocking().exchange(HttpRequest.GET("/o/slagelse/s/enheder").accept("text/html"));

        assertThat(response.getStatus().getCode()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/login?return=%2Fo%2Fslagelse%2Fs%2Fenheder");
    }

    private List<Map<String, Object>> units(String token) {
        return client.toBlocking().retrieve(withToken(token), io.micronaut.core.type.Argument.listOf(
            io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
    }

    private static HttpRequest<?> withToken(String token) {
        return HttpRequest.GET("/api/surveys/slagelse/units").bearerAuth(token);
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request));
        return refused.getStatus().getCode();
    }
}
