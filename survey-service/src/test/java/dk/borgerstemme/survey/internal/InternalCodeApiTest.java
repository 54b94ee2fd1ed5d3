package dk.borgerstemme.survey.internal;

import dk.borgerstemme.platform.security.internal.InternalApiClient;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.invitation.CodeCheck;
import dk.borgerstemme.survey.invitation.InvitationCode;
import dk.borgerstemme.survey.invitation.InvitationRepository;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import dk.borgerstemme.survey.wave.WaveScope;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The internal code API as the complaint service calls it: authenticated with the shared secret, idempotent on
 * the caller's key (also when the same request arrives twice at once), fielding the organisation's
 * Klagebehandling survey in a standing wave per half-year.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalCodeApiTest implements TestPropertyProvider {

    static final String SECRET = "a-test-secret-shared-by-the-services";
    private static final String PATH = "/internal/surveys/slagelse/codes";
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ComplaintServiceClient complaintService;

    @Inject
    InvitationRepository invitations;

    @Inject
    WaveRepository waves;

    @Inject
    WaveScope scope;

    @Inject
    CodeCheck codeCheck;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StaffTokenTestSupport.properties());
        properties.put("borgerstemme.internal.secret", SECRET);
        properties.put("borgerstemme.public-url", "https://borgerstemme.example.org");
        // This test plays the complaint service too: its credential goes out under that name.
        properties.put("micronaut.application.name", "complaint-service");
        properties.put("micronaut.http.services.survey.url", "http://localhost:" + properties.get("micronaut.server.port"));
        return properties;
    }

    @Test
    void aRequestWithoutACredentialIsRefusedAsUnauthenticated() {
        assertThat(status(HttpRequest.POST(PATH, Map.of("key", "klage-1")))).isEqualTo(401);
    }

    @Test
    void aWrongSecretIsRefusedAsUnauthenticated() {
        assertThat(status(HttpRequest.POST(PATH, Map.of("key", "klage-1")).bearerAuth("complaint-service:not-the-secret"))).isEqualTo(401);
        assertThat(status(HttpRequest.POST(PATH, Map.of("key", "klage-1")).bearerAuth(SECRET))).isEqualTo(401);
    }

    @Test
    void aStaffTokenIsNotEnoughEvenAnAdministrators() {
        String admin = TestTokens.staff("anna", "slagelse", List.of("ADMIN"), List.of(), List.of());

        assertThat(status(HttpRequest.POST(PATH, Map.of("key", "klage-1")).bearerAuth(admin))).isEqualTo(403);
    }

    @Test
    void theServiceCredentialOpensNothingOutsideTheInternalApi() {
        assertThat(status(HttpRequest.GET("/api/surveys/slagelse/waves").bearerAuth("complaint-service:" + SECRET))).isEqualTo(401);
    }

    @Test
    void theRightSecretGetsAKlagebehandlingCodeAndTheSurveyAddress() {
        Map<String, Object> answer = request("klage-2026-0001", Map.of("unit", "botilbuddet-solvang", "language", "en"));

        String code = (String) answer.get("code");
        assertThat(InvitationCode.parse(code)).isPresent();
        assertThat(answer.get("surveyAddress")).isEqualTo("https://borgerstemme.example.org/o/slagelse/s");
        assertThat(answer.get("link")).isEqualTo("https://borgerstemme.example.org/o/slagelse/s?kode=" + code.replace("-", "") + "&lang=en");
        CodeCheck.Accepted accepted = codeCheck.check("slagelse", code).accepted().orElseThrow();
        assertThat(accepted.invitation().unit()).isEqualTo("botilbuddet-solvang");
        assertThat(accepted.invitation().role()).isEqualTo("borger");
        assertThat(accepted.invitation().requestedBy()).isEqualTo("complaint-service");
        Wave wave = accepted.wave();
        LocalDate today = LocalDate.now();
        LocalDate halfYearStart = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        assertThat(wave.opensOn()).isEqualTo(halfYearStart);
        assertThat(wave.closesOn()).isEqualTo(halfYearStart.plusMonths(6).minusDays(1).plusMonths(3));
        assertThat(wave.name()).startsWith("Klagebehandling").contains("halvår " + today.getYear());
        assertThat(scope.roles(wave.id())).contains("borger", "paaroerende");
    }

    @Test
    void theStandingWaveIsListedAsAComplaintHandlingWaveSoThePortalDoesNotReadItsPointsFromIt() {
        long standing = ((Number) request("klage-2026-liste", Map.of()).get("waveId")).longValue();
        String analyst = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());

        List<Map<String, Object>> listed = client.toBlocking().retrieve(HttpRequest.GET("/api/surveys/slagelse/waves?counts=false").bearerAuth(analyst),
            Argument.listOf(OBJECT));

        assertThat(listed).filteredOn(row -> ((Number) row.get("id")).longValue() == standing).singleElement()
            .satisfies(row -> assertThat(row.get("surveyKind")).isEqualTo("complaint-handling"));
    }

    @Test
    void theSameKeyTwiceGivesTheSameCodeAndOneInvitation() {
        Map<String, Object> first = request("klage-2026-0002", Map.of());
        Map<String, Object> second = request("klage-2026-0002", Map.of());
        Map<String, Object> other = request("klage-2026-0003", Map.of());

        assertThat(second.get("code")).isEqualTo(first.get("code"));
        assertThat(other.get("code")).isNotEqualTo(first.get("code"));
        assertThat(invitations.findByRequestedByAndRequestKey("complaint-service", "klage-2026-0002")).isPresent();
        assertThat(other.get("waveId")).isEqualTo(first.get("waveId"));
    }

    @Test
    void theSameKeySentEightTimesAtOnceGivesOneCodeAndOneInvitation() throws Exception {
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Map<String, Object>>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Callable<Map<String, Object>> call = () -> {
                start.await();
                return request("klage-samtidig", Map.of("unit", "bpa"));
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        Set<Object> codes = new java.util.HashSet<>();
        for (Future<Map<String, Object>> answer : answers) {
            codes.add(answer.get().get("code"));
        }
        pool.shutdown();

        assertThat(codes).hasSize(1);
        Wave wave = waves.findById(((Number) request("klage-samtidig", Map.of()).get("waveId")).longValue()).orElseThrow();
        long invitationsOfKey = invitations.findAll().stream()
            .filter(invitation -> "klage-samtidig".equals(invitation.requestKey())).count();
        assertThat(invitationsOfKey).isEqualTo(1);
        assertThat(waves.findAll().stream().filter(other -> other.name().equals(wave.name())).count()).isEqualTo(1);
    }

    @Test
    void aCodeWithoutAUnitIsAnsweredForTheWholeOrganisation() {
        String code = (String) request("klage-uden-enhed", Map.of()).get("code");

        assertThat(codeCheck.check("slagelse", code).accepted().orElseThrow().invitation().unit()).isEqualTo(InternalCodes.NO_UNIT);
    }

    @Test
    void anUnknownUnitRoleOrLanguageOrAMissingKeyIsABadRequest() {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            authenticated(HttpRequest.POST(PATH, Map.of("unit", "nowhere", "role", "koebende-kommune", "language", "fr"))), String.class));

        assertThat(refused.getStatus().getCode()).isEqualTo(400);
        assertThat(refused.getResponse().getBody(String.class).orElseThrow()).contains("\"key\"", "\"unit\"", "\"role\"", "\"language\"");
    }

    @Test
    void anotherServiceUsesTheClientHelperToAskWithItsCredential() {
        Map<String, Object> answer = complaintService.code("slagelse", Map.of("key", "klage-via-klient"));

        assertThat(InvitationCode.parse((String) answer.get("code"))).isPresent();
        assertThat(invitations.findByRequestedByAndRequestKey("complaint-service", "klage-via-klient")).isPresent();
    }

    private Map<String, Object> request(String key, Map<String, String> more) {
        Map<String, String> body = new HashMap<>(more);
        body.put("key", key);
        return client.toBlocking().retrieve(authenticated(HttpRequest.POST(PATH, body)), OBJECT);
    }

    private static <T> MutableHttpRequest<T> authenticated(MutableHttpRequest<T> request) {
        return request.bearerAuth("complaint-service:" + SECRET);
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request, String.class));
        return refused.getStatus().getCode();
    }

    /** How the complaint service will call: a declarative client that the platform's filter gives the credential. */
    @Client(id = "survey")
    @InternalApiClient
    interface ComplaintServiceClient {

        @Post("/internal/surveys/{org}/codes")
        Map<String, Object> code(String org, @Body Map<String, String> request);
    }
}
