package dk.borgerstemme.complaint.teams;

import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
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
class TeamsAccessTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @Test
    void anAdministratorSeesEveryTeamAndWhichOneTakesUnroutedComplaints() {
        List<Map<String, Object>> teams = teams(TestTokens.staff("anna", "slagelse", List.of("ADMIN"), List.of(), List.of()));

        assertThat(teams).extracting(team -> team.get("id")).contains("klageenheden", "socialpsykiatrien", "handicap");
        assertThat(teams).filteredOn(team -> Boolean.TRUE.equals(team.get("handlesUnrouted")))
            .extracting(team -> team.get("id")).containsExactly("klageenheden");
    }

    @Test
    void aCaseworkerOfTeamASeesOnlyTeamA() {
        List<Map<String, Object>> teams = teams(TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien")));

        assertThat(teams).extracting(team -> team.get("id")).containsExactly("socialpsykiatrien");
    }

    @Test
    void aTokenOfAnotherOrganisationIsRefused() {
        String otherOrganisation = TestTokens.staff("eva", "midtjylland", List.of("ADMIN"), List.of(), List.of());

        assertThat(status(otherOrganisation)).isEqualTo(403);
    }

    @Test
    void anAnalystHasNoBusinessWithComplaintTeams() {
        assertThat(status(TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of()))).isEqualTo(403);
    }

    @Test
    void missingExpiredAndForgedTokensAreRefused() {
        assertThat(status(null)).isEqualTo(401);
        assertThat(status(TestTokens.expired("anna", "slagelse", List.of("ADMIN")))).isEqualTo(401);
        assertThat(status(TestTokens.forged("anna", "slagelse", List.of("ADMIN")))).isEqualTo(401);
    }

    @Test
    void theTeamsPageSpeaksDanishAndEnglish() {
        String admin = TestTokens.staff("anna", "slagelse", List.of("ADMIN"), List.of(), List.of());

        String danish = client.toBlocking().retrieve(HttpRequest.GET("/o/slagelse/klage/teams").accept("text/html").bearerAuth(admin));
        String english = client.toBlocking().retrieve(HttpRequest.GET("/o/slagelse/klage/teams?lang=en").accept("text/html").bearerAuth(admin));

        assertThat(danish).contains("<html lang=\"da\">").contains("<h1>Klageteams</h1>");
        assertThat(english).contains("<html lang=\"en\">").contains("<h1>Complaint teams</h1>");
    }

    private List<Map<String, Object>> teams(String token) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/complaints/slagelse/teams").bearerAuth(token),
            Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private int status(String token) {
        HttpRequest<?> request = token == null
            ? HttpRequest.GET("/api/complaints/slagelse/teams")
            : HttpRequest.GET("/api/complaints/slagelse/teams").bearerAuth(token);
        return catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking().exchange(request)).getStatus().getCode();
    }
}
