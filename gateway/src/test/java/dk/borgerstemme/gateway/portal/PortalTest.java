package dk.borgerstemme.gateway.portal;

import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.gateway.GatewayTestProperties;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return GatewayTestProperties.withBackendsDown();
    }

    @Test
    void theFrontPageListsEveryOrganisation() {
        HttpResponse<String> page = browser().get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/o/slagelse\"").contains("href=\"/o/midtjylland\"");
    }

    @Test
    void anOrganisationsPageCarriesItsNameAndLinksItsAccessibilityStatement() {
        HttpResponse<String> page = browser().get("/o/slagelse");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .contains("<html lang=\"da\">")
            .contains("Slagelse Kommune")
            .contains("Tilgængelighedserklæring")
            .contains("<a class=\"skipnav\" href=\"#main-content\">");
    }

    @Test
    void anUnknownOrganisationIsAFriendlyNotFoundPage() {
        HttpResponse<String> page = browser().get("/o/atlantis");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Siden findes ikke</h1>").doesNotContain("Exception");
    }

    @Test
    void theLanguageSwitchKeepsThePageAndTheChoiceIsRemembered() {
        Browserless browser = browser();
        String danish = browser.get("/o/slagelse").body();
        assertThat(danish).contains("href=\"/o/slagelse?lang=en\"");

        HttpResponse<String> english = browser.get("/o/slagelse?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\">").contains("Tell Slagelse Municipality what you think")
            .contains("href=\"/o/slagelse?lang=da\"");
        assertThat(browser.get("/o/slagelse").body()).contains("<html lang=\"en\">");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        HttpResponse<String> page = browser().get("/o/slagelse");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
            .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void versionedAssetsAreCachedForAYear() {
        String page = browser().get("/o/slagelse").body();
        Matcher stylesheet = Pattern.compile("href=\"(/assets/dkfds-[^\"]+\\.css)\"").matcher(page);
        assertThat(stylesheet.find()).isTrue();

        HttpResponse<String> css = browser().get(stylesheet.group(1));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(css.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theGatewayPublishesItsTokenKeyForTheServices() {
        HttpResponse<String> keys = browser().getJson("/keys");

        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(keys.body()).contains("\"kty\":\"RSA\"").contains("\"alg\":\"RS256\"").contains("\"kid\"").doesNotContain("\"d\":");
    }

    private Browserless browser() {
        return new Browserless(server.getURI());
    }
}
