package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.platform.testing.Browserless;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo staff member signed in to the gateway under test, with a browser without JavaScript. */
final class SignedIn {

    static final String PASSWORD = "borgerstemme";

    private SignedIn() {
    }

    static Browserless as(URI gateway, String username) {
        Browserless browser = new Browserless(gateway);
        HttpResponse<String> signedIn = browser.submit("/login", "/login", Map.of("username", username, "password", PASSWORD, "returnTo", ""));
        if (signedIn.statusCode() != 303) {
            throw new AssertionError("Could not sign in " + username + ": " + signedIn.statusCode());
        }
        return browser;
    }

    static HttpResponse<byte[]> bytes(URI gateway, Browserless browser, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Cookie", "BORGERSTEMME=" + browser.cookie("BORGERSTEMME").orElseThrow()).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The part of a page from the element with this id to the next measurement point or section. */
    static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("No element " + id + " on the page");
        }
        Matcher next = Pattern.compile("class=\"insight-point\"|</section>").matcher(page);
        int end = next.find(start + 1) ? next.start() : page.length();
        return page.substring(start, end);
    }
}
