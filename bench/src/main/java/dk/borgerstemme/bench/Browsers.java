package dk.borgerstemme.bench;

import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.net.URI;

import static io.gatling.javaapi.http.HttpDsl.http;

/** The headers a current Chromium sends with a page request and a form post, and its behaviour with cookies. */
final class Browsers {

    private Browsers() {
    }

    static HttpProtocolBuilder protocol(URI gateway, boolean fetchAssets) {
        HttpProtocolBuilder protocol = http.baseUrl(gateway.toString())
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8")
            .acceptLanguageHeader("da-DK,da;q=0.9,en;q=0.8")
            .acceptEncodingHeader("gzip, deflate, br, zstd")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 borgerstemme-bench")
            .header("Sec-Fetch-Site", "same-origin")
            // Each 303 is requested by the scenario itself, so it is measured as its own kind of request.
            .disableFollowRedirect()
            .disableWarmUp();
        // With an empty cache a browser fetches the stylesheets, script and fonts of the first page;
        // versioned, long-cached assets are then taken from its cache.
        return fetchAssets ? protocol.inferHtmlResources() : protocol;
    }
}
