package dk.borgerstemme.gateway.signin;

import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.gateway.GatewayTestProperties;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    Browserless browser;

    @Override
    public Map<String, String> getProperties() {
        return GatewayTestProperties.withBackendsDown();
    }

    @BeforeEach
    void freshBrowser() {
        browser = new Browserless(server.getURI());
    }

    @Test
    void aStaffMemberSignsInAndLandsOnTheirStartPageWithAnHttpOnlyTokenCookie() {
        HttpResponse<String> signedIn = signIn("anna", "borgerstemme", "");

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().allValues("Location")).containsExactly("/o/slagelse/personale");
        assertThat(signedIn.headers().allValues("Set-Cookie"))
            .anySatisfy(cookie -> assertThat(cookie).startsWith("BORGERSTEMME=").contains("HTTPOnly").contains("SameSite=Lax"));
        HttpResponse<String> start = browser.get("/o/slagelse/personale");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Velkommen, Anna Andersen").contains("Administrator");
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAClearMessageAndTheUsernameKept() {
        HttpResponse<String> failed = signIn("anna", "wrong", "");

        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body())
            .contains("Brugernavn eller adgangskode er forkert")
            .contains("value=\"anna\"")
            .contains("<title>Fejl: Log ind");
        assertThat(browser.cookie("BORGERSTEMME")).isEmpty();
    }

    @Test
    void anUnknownUserIsToldTheSameAsAWrongPassword() {
        HttpResponse<String> failed = signIn("nobody", "borgerstemme", "");

        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("Brugernavn eller adgangskode er forkert");
    }

    @Test
    void afterSigningInTheStaffMemberReturnsToThePageTheyWereGoingTo() {
        HttpResponse<String> signedIn = signIn("bo", "borgerstemme", "/o/slagelse/s/enheder");

        assertThat(signedIn.headers().allValues("Location")).containsExactly("/o/slagelse/s/enheder");
    }

    @Test
    void theSignInPageNeverSendsAnyoneToAnotherSite() {
        assertThat(signIn("bo", "borgerstemme", "//evil.example/phish").headers().allValues("Location"))
            .containsExactly("/o/slagelse/personale");
        assertThat(signIn("bo", "borgerstemme", "https://evil.example/").headers().allValues("Location"))
            .containsExactly("/o/slagelse/personale");
    }

    @Test
    void aSignInFormWithoutItsCsrfTokenIsRefused() {
        browser.get("/login");

        HttpResponse<String> refused = browser.post("/login", Map.of("username", "anna", "password", "borgerstemme"), Map.of());
        HttpResponse<String> forged = browser.post("/login?_csrf=guessed", Map.of("username", "anna", "password", "borgerstemme"), Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Formularen er udløbet");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.cookie("BORGERSTEMME")).isEmpty();
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        String token = browser.csrfTokenOn("/login");

        HttpResponse<String> refused = browser.post("/login?_csrf=" + token,
            Map.of("username", "anna", "password", "borgerstemme"),
            Map.of("Origin", "https://evil.example"));

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aBrowsersOwnFormPostWithTheNullOriginOfOurNoReferrerPolicyIsAccepted() {
        String token = browser.csrfTokenOn("/login");

        HttpResponse<String> signedIn = browser.post("/login?_csrf=" + token,
            Map.of("username", "anna", "password", "borgerstemme"),
            Map.of("Origin", "null", "Sec-Fetch-Site", "same-origin"));

        assertThat(signedIn.statusCode()).isEqualTo(303);
    }

    @Test
    void aFormPostTheBrowserMarksAsCrossSiteIsRefused() {
        String token = browser.csrfTokenOn("/login");

        HttpResponse<String> refused = browser.post("/login?_csrf=" + token,
            Map.of("username", "anna", "password", "borgerstemme"),
            Map.of("Origin", "null", "Sec-Fetch-Site", "cross-site"));

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aStaffMemberCannotOpenAnotherOrganisationsStartPage() {
        signIn("anna", "borgerstemme", "");

        assertThat(browser.get("/o/midtjylland/personale").statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSessionAndTheStartPageAsksForSignInAgain() {
        signIn("anna", "borgerstemme", "");

        HttpResponse<String> signedOut = browser.submit("/o/slagelse/personale", "/logout", Map.of());

        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(browser.cookie("BORGERSTEMME")).isEmpty();
        HttpResponse<String> start = browser.get("/o/slagelse/personale");
        assertThat(start.statusCode()).isEqualTo(303);
        assertThat(start.headers().firstValue("Location")).hasValue("/login?return=%2Fo%2Fslagelse%2Fpersonale");
    }

    private HttpResponse<String> signIn(String username, String password, String returnTo) {
        return browser.submit("/login", "/login", Map.of("username", username, "password", password, "returnTo", returnTo));
    }
}
